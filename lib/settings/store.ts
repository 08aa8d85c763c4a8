import { type StateCreator, createStore } from 'zustand/vanilla';
import type { Language } from '../engine/types';
import type { PackError } from '../packs/api';
import { formatPackError, PACK_LIMITS, validatePackJson, validateTemplate } from '../packs/schema';
import type { Template } from '../packs/types';
import { defaultSettings } from './defaults';
import { SETTING_KEYS, settingItems } from './items';
import { readSettings, watchSettings } from './read';
import type { Profile, SettingKey, Settings } from './types';

/** What every slice sees: the effective settings and whether they were read yet. */
interface CoreSlice {
  settings: Settings;
  locked: SettingKey[];
  notices: string[];
  hasHydrated: boolean;
  /** Policy (managed storage) has been read: locks are known. */
  policyRead: boolean;
  /** The last write error, shown to the agent. */
  error: string | null;
  /** Reads storage again, policy included (called on start and on every storage change). */
  refresh(): Promise<void>;
  /** A first read without policy, so a page shows the stored values before the browser has loaded its policy (#15). */
  hydrate(): Promise<void>;
  /** Resolves once policy has been read (and the stored values with it): locks are known from then on. */
  ready(): Promise<void>;
  /**
   * Writes one setting unless policy locks it; the storage watch brings it back into the store. The new value is
   * worked out from the current one once policy and the stored values are known (`ready`): a page draws from
   * defaults at once (#15), and what the agent changes before storage answers applies to the stored settings,
   * never to the defaults it was drawn from.
   */
  write<K extends SettingKey>(key: K, next: (current: Settings[K]) => Settings[K]): Promise<boolean>;
}

/** Rule packs: on/off, silenced rules, imported packs. */
interface PacksSlice {
  setPackEnabled(packId: string, on: boolean): Promise<boolean>;
  silenceRule(ruleId: string): Promise<boolean>;
  restoreRule(ruleId: string): Promise<boolean>;
  /** Checks a pack file and adds it; returns the errors (and changes nothing) when it is not a valid pack. */
  importPack(json: string, builtin: readonly { id: string }[]): Promise<PackError[]>;
  removePack(packId: string): Promise<boolean>;
}

/** The agent's profile and language choice. */
interface ProfileSlice {
  setProfile(profile: Profile): Promise<boolean>;
  setLanguage(language: 'auto' | Language): Promise<boolean>;
  /** The interface's language ('auto': the browser's). */
  setUiLanguage(language: 'auto' | Language): Promise<boolean>;
}

/** The agent's own templates. */
interface TemplatesSlice {
  setTemplate(packId: string, template: Template): Promise<boolean>;
  resetTemplate(packId: string): Promise<boolean>;
}

/** Where Tact runs, and resetting everything. */
interface SitesSlice {
  setSite(origin: string, on: boolean): Promise<boolean>;
  resetAll(): Promise<void>;
}

/** The whole settings store of a page (popup or options). */
export type SettingsStore = CoreSlice & PacksSlice & ProfileSlice & TemplatesSlice & SitesSlice;
type Slice<T> = StateCreator<SettingsStore, [], [], T>;

const createCoreSlice: Slice<CoreSlice> = (set, get) => ({
  settings: defaultSettings(),
  locked: [],
  notices: [],
  hasHydrated: false,
  policyRead: false,
  error: null,
  async refresh() {
    let effective = await readSettings();
    // Custom packs the compiler refuses are named in the notices (#13); the compiler is loaded only for them, so
    // a page without custom packs never loads it (#15).
    if (effective.settings.customPacks.length > 0) effective = (await import('./compilable')).checkedPacks(effective);
    const { settings, locked, notices } = effective;
    set({ settings, locked, notices, hasHydrated: true, policyRead: true });
  },
  async hydrate() {
    if (get().hasHydrated) return;
    const { settings, notices } = await readSettings({ managed: false });
    if (!get().hasHydrated) set({ settings, notices, hasHydrated: true });
  },
  async ready() {
    if (!get().policyRead) await get().refresh();
  },
  async write(key, next) {
    // A write waits until policy is known, so a locked setting is never written.
    await get().ready();
    if (get().locked.includes(key)) {
      set({ error: `"${key}" is set by your organisation's policy and cannot be changed here.` });
      return false;
    }
    const value = next(get().settings[key]);
    try {
      await settingItems[key].setValue(value);
      set({ settings: { ...get().settings, [key]: value }, error: null });
      return true;
    } catch (e) {
      // Storage full or failing: the previous value stays, and the agent is told.
      set({ error: `Could not save "${key}": ${(e as Error).message}` });
      return false;
    }
  },
});

const createPacksSlice: Slice<PacksSlice> = (_set, get) => ({
  setPackEnabled: (packId, on) => get().write('packToggles', (toggles) => ({ ...toggles, [packId]: on })),
  silenceRule: (ruleId) => get().write('silencedRules', (list) => (list.includes(ruleId) ? list : [...list, ruleId])),
  restoreRule: (ruleId) => get().write('silencedRules', (list) => list.filter((r) => r !== ruleId)),
  async importPack(json, builtin) {
    const r = validatePackJson(json);
    if (!r.ok) return r.errors;
    const pack = r.pack;
    if (builtin.some((b) => b.id === pack.id)) {
      return [{ path: `pack "${pack.id}"`, message: 'a built-in pack already has this id; give the pack its own id' }];
    }
    // The limit counts the stored packs, so it waits for them.
    await get().ready();
    const others = get().settings.customPacks.filter((p) => p.id !== pack.id);
    if (others.length >= PACK_LIMITS.maxCustomPacks) {
      return [{ path: `pack "${pack.id}"`, message: `at most ${PACK_LIMITS.maxCustomPacks} custom packs are allowed` }];
    }
    const ok = await get().write('customPacks', (packs) => [...packs.filter((p) => p.id !== pack.id), pack]);
    return ok ? [] : [{ path: `pack "${pack.id}"`, message: get().error ?? 'could not be saved' }];
  },
  removePack: (packId) => get().write('customPacks', (packs) => packs.filter((p) => p.id !== packId)),
});

const createProfileSlice: Slice<ProfileSlice> = (_set, get) => ({
  setProfile: (profile) => get().write('profile', () => profile),
  setLanguage: (language) => get().write('language', () => language),
  setUiLanguage: (language) => get().write('uiLanguage', () => language),
});

const createTemplatesSlice: Slice<TemplatesSlice> = (_set, get) => ({
  setTemplate: async (packId, template) => {
    // Saved only if it would be read back: the same check as a pack's templates (slots, sizes, skipIf).
    const r = validateTemplate(template, `template for "${packId}"`);
    if (!r.ok) {
      _set({ error: `The template was not saved: ${r.errors.map(formatPackError).join('; ')}` });
      return false;
    }
    return get().write('templates', (templates) => ({ ...templates, [packId]: template }));
  },
  resetTemplate: (packId) =>
    get().write('templates', (templates) => {
      const { [packId]: _dropped, ...rest } = templates;
      return rest;
    }),
});

const createSitesSlice: Slice<SitesSlice> = (_set, get) => ({
  setSite: (origin, on) => {
    const without = (l: string[]) => l.filter((o) => o !== origin);
    return get().write('sites', ({ enabled, disabled }) =>
      on
        ? { enabled: [...without(enabled), origin], disabled: without(disabled) }
        : { enabled: without(enabled), disabled: [...without(disabled), origin] },
    );
  },
  async resetAll() {
    await get().ready();
    for (const key of SETTING_KEYS) {
      if (get().locked.includes(key)) continue;
      await settingItems[key].removeValue();
    }
    await get().refresh();
  },
});

/** Creates a page's settings store and keeps it in step with storage until `dispose`. */
export function createSettingsStore() {
  const store = createStore<SettingsStore>()((...a) => ({
    ...createCoreSlice(...a),
    ...createPacksSlice(...a),
    ...createProfileSlice(...a),
    ...createTemplatesSlice(...a),
    ...createSitesSlice(...a),
  }));
  const unwatch = watchSettings(() => void store.getState().refresh());
  void store.getState().hydrate();
  const ready = store.getState().refresh();
  return { store, ready, dispose: unwatch };
}
