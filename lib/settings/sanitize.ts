import { LANGUAGES } from '../engine/types';
import { formatPackError, PACK_LIMITS, validatePack, validateTemplate } from '../packs/schema';
import type { RulePack, Template } from '../packs/types';
import { defaultSettings } from './defaults';
import type { SettingKey, Settings } from './types';

/** The value, or an error saying why it cannot be used. */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/** Says what was refused from a setting whose other parts are kept (a notice for the agent). */
export type Warn = (message: string) => void;

/** The byte length of a value's JSON, as the import of a pack measures it. */
function jsonBytes(x: unknown): number {
  try {
    return new TextEncoder().encode(JSON.stringify(x) ?? '').length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * The agent's or the policy's own templates, pack id → template. Each goes through the schema a pack's templates
 * do; a bad one is refused with a notice and the pack keeps its built-in template. Pack ids are only keys here
 * (own properties, built with fromEntries so "__proto__" stays a plain key).
 */
function checkTemplates(value: unknown, source: string, warn: Warn): Checked<Record<string, Template>> {
  if (!isRecord(value)) return { ok: false, error: 'expected an object of pack id → template {id, parts}' };
  const entries = Object.entries(value);
  if (entries.length > PACK_LIMITS.maxOwnTemplates)
    return { ok: false, error: `${entries.length} templates; at most ${PACK_LIMITS.maxOwnTemplates} are allowed` };
  const kept: [string, Template][] = [];
  for (const [packId, template] of entries) {
    const r = validateTemplate(template, `template for "${packId}"`);
    if (r.ok) kept.push([packId, r.template]);
    else
      warn(
        `The ${source} template for "${packId}" was refused (${r.errors.map(formatPackError).join('; ')}); the pack's own template is used.`,
      );
  }
  return { ok: true, value: Object.fromEntries(kept) };
}

/**
 * Custom packs, imported or pushed by policy: the same schema, size and count limits as an import, no two with
 * one id. A bad pack is refused with a notice naming it; the others are kept.
 */
function checkCustomPacks(value: unknown, source: string, warn: Warn): Checked<RulePack[]> {
  if (!Array.isArray(value)) return { ok: false, error: 'expected a list of rule packs' };
  if (value.length > PACK_LIMITS.maxCustomPacks)
    return { ok: false, error: `${value.length} packs; at most ${PACK_LIMITS.maxCustomPacks} are allowed` };
  const packs: RulePack[] = [];
  const ids = new Set<string>();
  for (const [i, p] of value.entries()) {
    const name = isRecord(p) && typeof p.id === 'string' ? `"${p.id.slice(0, 100)}"` : `${i + 1}`;
    const bytes = typeof p === 'string' ? new TextEncoder().encode(p).length : jsonBytes(p);
    let error: string | null = null;
    if (bytes > PACK_LIMITS.maxJsonBytes) error = `${bytes} bytes; at most ${PACK_LIMITS.maxJsonBytes} are allowed`;
    else {
      const r = validatePack(p);
      if (!r.ok) error = r.errors.map(formatPackError).join('; ');
      else if (ids.has(r.pack.id)) error = 'another pack has the same id';
      else {
        ids.add(r.pack.id);
        packs.push(r.pack);
      }
    }
    if (error !== null) warn(`The ${source} rule pack ${name} was refused and is not used: ${error}.`);
  }
  return { ok: true, value: packs };
}

const ORIGIN = /^https?:\/\/[^/\s]+$/;

/**
 * Checks one stored or managed value against its key's shape. Templates and custom packs are checked one by
 * one: what is refused is told through warn and the rest is kept.
 */
export function checkSetting<K extends SettingKey>(
  key: K,
  value: unknown,
  warn: Warn = () => {},
  source: 'stored' | 'policy' = 'stored',
): Checked<Settings[K]> {
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
      return checkTemplates(value, source === 'policy' ? "policy's" : 'saved', warn) as Checked<Settings[K]>;
    case 'customPacks':
      return checkCustomPacks(value, source === 'policy' ? "policy's" : 'imported', warn) as Checked<Settings[K]>;
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
    const r = checkSetting(key, value, (message) => notices.push(message));
    if (r.ok) (settings as unknown as Record<SettingKey, unknown>)[key] = r.value;
    else notices.push(`The stored "${key}" setting could not be read (${r.error}); Tact uses the default instead.`);
  }
  return { settings, notices };
}
