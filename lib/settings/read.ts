import { type StorageItemKey, storage } from 'wxt/utils/storage';
import { defaultSettings } from './defaults';
import { managedKey, SETTING_KEYS, SETTINGS_VERSION, settingItems, storageKey } from './items';
import { fromPolicy } from './managedSchema';
import { checkSetting, sanitizeSettings } from './sanitize';
import type { EffectiveSettings, SettingKey } from './types';

/** Managed values by key; browsers without managed storage (or no policy) give nothing. */
async function readManaged(): Promise<unknown[]> {
  try {
    const values = await storage.getItems(SETTING_KEYS.map((key) => managedKey(key)));
    return SETTING_KEYS.map((key, i) => {
      try {
        return fromPolicy(key, values[i]?.value);
      } catch {
        return null;
      }
    });
  } catch {
    return SETTING_KEYS.map(() => null);
  }
}

/**
 * Every setting's stored value and version, in one read per storage area (a page's first paint and the worker's
 * first analysis wait for it: one round trip to the browser, not one per key and kind, #15). A key whose area
 * cannot be read holds the error.
 */
async function readStored(): Promise<{ value: unknown; meta: unknown; error?: unknown }[]> {
  const keys = SETTING_KEYS.map((key) => storageKey(key));
  const metaKeys = keys.map((key) => `${key}$` as StorageItemKey);
  const areas = [...new Set(keys.map((key) => key.split(':')[0]!))];
  const read = await Promise.all(
    areas.map(async (area) => {
      const mine = keys.flatMap((key, i) => (key.startsWith(`${area}:`) ? [key, metaKeys[i]!] : []));
      try {
        const got = await storage.getItems(mine);
        return new Map<string, unknown>(got.map(({ key, value }) => [key, value]));
      } catch (e) {
        return e;
      }
    }),
  );
  return keys.map((key, i) => {
    const got = read[areas.indexOf(key.split(':')[0]!)];
    if (!(got instanceof Map)) return { value: null, meta: null, error: got };
    return { value: got.get(key) ?? null, meta: got.get(metaKeys[i]!) ?? null };
  });
}

/**
 * Reads the settings as the extension uses them: stored values checked (a corrupted or unreadable one falls
 * back to its default with a notice), then managed policy values on top, which lock their keys. Custom packs the
 * compiler refuses are left in: `compilableOnly` (./compilable.ts) takes them out where packs run or are shown.
 */
export async function readSettings(options: { managed?: boolean } = {}): Promise<EffectiveSettings> {
  const raw: Partial<Record<SettingKey, unknown>> = {};
  const notices: string[] = [];
  // Stored values and policy are asked for at once; a page's first paint does not wait for policy (below).
  const managing = options.managed === false ? null : readManaged();
  const stored = await readStored();
  for (const [i, key] of SETTING_KEYS.entries()) {
    const { value, meta, error } = stored[i]!;
    if (error !== undefined) {
      const message = error instanceof Error ? error.message : String(error);
      notices.push(`The stored "${key}" setting could not be read (${message}); Tact uses the default.`);
      continue;
    }
    const v = meta !== null && typeof meta === 'object' ? (meta as { v?: unknown }).v : undefined;
    if (typeof v === 'number' && v > SETTINGS_VERSION) {
      // Written by a newer Tact (e.g. after a downgrade): its shape is unknown here, so don't misread it.
      notices.push(`The "${key}" setting was saved by a newer version of Tact; the default is used until you update.`);
      continue;
    }
    raw[key] = value ?? defaultSettings()[key];
  }
  const clean = sanitizeSettings(raw);
  notices.push(...clean.notices);
  const settings = clean.settings;
  const locked: SettingKey[] = [];
  // Without policy (a page's first paint): Chrome answers managed storage only once it has loaded the policy,
  // 3 s and more after a cold start (#15).
  if (!managing) return { settings, locked, notices };
  const managed = await managing;
  for (const [i, key] of SETTING_KEYS.entries()) {
    const value = managed[i];
    if (value === null || value === undefined) continue;
    const r = checkSetting(key, value, (message) => notices.push(message), 'policy');
    if (!r.ok) {
      notices.push(`Your organisation's policy for "${key}" is invalid (${r.error}) and was ignored.`);
      continue;
    }
    (settings as unknown as Record<SettingKey, unknown>)[key] = r.value;
    locked.push(key);
  }
  return { settings, locked, notices };
}

/** Calls back whenever any stored setting changes (in any page, tab or the background). */
export function watchSettings(onChange: () => void): () => void {
  const unwatch = SETTING_KEYS.map((key) => settingItems[key].watch(() => onChange()));
  return () => {
    for (const u of unwatch) {
      try {
        u();
      } catch {
        // After an extension update the old content script's browser APIs throw "Extension context
        // invalidated"; its listeners are gone with the context anyway, and nothing may throw on the host page.
      }
    }
  };
}
