import { LANGUAGES } from '../engine/types';
import { validatePack } from '../packs/schema';
import type { RulePack, Template } from '../packs/types';
import { defaultSettings } from './defaults';
import type { SettingKey, Settings } from './types';

/** The value, or an error saying why it cannot be used. */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

function checkTemplate(x: unknown): x is Template {
  return (
    isRecord(x) &&
    typeof x.id === 'string' &&
    Array.isArray(x.parts) &&
    x.parts.every(
      (p) => typeof p === 'string' || (isRecord(p) && typeof p.text === 'string' && isStringArray(p.skipIf)),
    )
  );
}

const ORIGIN = /^https?:\/\/[^/\s]+$/;

/** Checks one stored or managed value against its key's shape. */
export function checkSetting<K extends SettingKey>(key: K, value: unknown): Checked<Settings[K]> {
  const ok = (v: unknown) => ({ ok: true, value: v as Settings[K] }) as const;
  const bad = (error: string) => ({ ok: false, error }) as const;
  switch (key) {
    case 'packToggles':
      return isRecord(value) && Object.values(value).every((v) => typeof v === 'boolean')
        ? ok(value)
        : bad('expected an object of pack id → true/false');
    case 'silencedRules':
      return isStringArray(value) ? ok(value) : bad('expected a list of rule ids');
    case 'language':
    case 'uiLanguage':
      return value === 'auto' || (LANGUAGES as readonly unknown[]).includes(value)
        ? ok(value)
        : bad(`expected "auto" or one of ${LANGUAGES.join(', ')}`);
    case 'profile':
      return isRecord(value) &&
        typeof value.name === 'string' &&
        typeof value.company === 'string' &&
        typeof value.signature === 'string'
        ? ok(value)
        : bad('expected {name, company, signature} as text');
    case 'templates':
      return isRecord(value) && Object.values(value).every(checkTemplate)
        ? ok(value)
        : bad('expected an object of pack id → template {id, parts}');
    case 'customPacks': {
      if (!Array.isArray(value)) return bad('expected a list of rule packs');
      const packs: RulePack[] = [];
      for (const [i, p] of value.entries()) {
        const r = validatePack(p);
        if (!r.ok) return bad(`pack ${i + 1}: ${r.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
        packs.push(r.pack);
      }
      return ok(packs);
    }
    case 'sites':
      return isRecord(value) &&
        isStringArray(value.enabled) &&
        isStringArray(value.disabled) &&
        [...value.enabled, ...value.disabled].every((o) => ORIGIN.test(o))
        ? ok(value)
        : bad('expected {enabled, disabled} lists of origins like https://example.com');
    default:
      return bad(`unknown setting "${String(key)}"`);
  }
}

/** Replaces every unusable value by its default and says which ones were replaced. */
export function sanitizeSettings(raw: Partial<Record<SettingKey, unknown>>): { settings: Settings; notices: string[] } {
  const settings = defaultSettings();
  const notices: string[] = [];
  for (const key of Object.keys(settings) as SettingKey[]) {
    const value = raw[key];
    if (value === undefined || value === null) continue;
    const r = checkSetting(key, value);
    if (r.ok) (settings as unknown as Record<SettingKey, unknown>)[key] = r.value;
    else notices.push(`The stored "${key}" setting could not be read (${r.error}); Tact uses the default instead.`);
  }
  return { settings, notices };
}
