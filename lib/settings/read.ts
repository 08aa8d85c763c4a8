import { storage } from 'wxt/utils/storage';
import { compilePacks } from '../packs/compile';
import type { RulePack } from '../packs/types';
import { managedKey, SETTING_KEYS, SETTINGS_VERSION, settingItems, storageKey } from './items';
import { fromPolicy } from './managedSchema';
import { checkSetting, sanitizeSettings } from './sanitize';
import type { EffectiveSettings, SettingKey } from './types';

/** Reads a managed value; browsers without managed storage (or no policy) give nothing. */
async function readManaged(key: SettingKey): Promise<unknown> {
  try {
    return fromPolicy(key, await storage.getItem(managedKey(key)));
  } catch {
    return null;
  }
}

/**
 * Reads the settings as the extension uses them: stored values checked (a corrupted or unreadable one falls
 * back to its default with a notice), then managed policy values on top, which lock their keys. With compile,
 * custom packs the compiler refuses are left out with a notice (the background, settings page and popup ask for
 * it; the content script reads only its site switch).
 */
export async function readSettings(options: { managed?: boolean; compile?: boolean } = {}): Promise<EffectiveSettings> {
  const raw: Partial<Record<SettingKey, unknown>> = {};
  const notices: string[] = [];
  await Promise.all(
    SETTING_KEYS.map(async (key) => {
      try {
        const meta = await storage.getMeta<{ v?: unknown }>(storageKey(key));
        if (typeof meta.v === 'number' && meta.v > SETTINGS_VERSION) {
          // Written by a newer Tact (e.g. after a downgrade): its shape is unknown here, so don't misread it.
          notices.push(
            `The "${key}" setting was saved by a newer version of Tact; the default is used until you update.`,
          );
          return;
        }
        raw[key] = await settingItems[key].getValue();
      } catch (e) {
        notices.push(`The stored "${key}" setting could not be read (${(e as Error).message}); Tact uses the default.`);
      }
    }),
  );
  const clean = sanitizeSettings(raw);
  notices.push(...clean.notices);
  const settings = clean.settings;
  const locked: SettingKey[] = [];
  // Without policy (a page's first paint): Chrome answers managed storage only once it has loaded the policy,
  // 3 s and more after a cold start (#15).
  if (options.managed === false) return { settings, locked, notices };
  const managed = await Promise.all(SETTING_KEYS.map((key) => readManaged(key)));
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
  if (options.compile) settings.customPacks = compilableOnly(settings.customPacks, notices);
  return { settings, locked, notices };
}

/**
 * The custom packs the compiler takes. The schema parses every pattern, but the compiler alone knows a whole
 * pack's limits; a pack it refuses would otherwise be left out of the analysis without a word (#13).
 */
function compilableOnly(packs: RulePack[], notices: string[]): RulePack[] {
  return packs.filter((pack) => {
    try {
      compilePacks([pack]);
      return true;
    } catch (e) {
      notices.push(
        `The rule pack "${pack.id}" could not be compiled and is not used: ${e instanceof Error ? e.message : String(e)}.`,
      );
      return false;
    }
  });
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
