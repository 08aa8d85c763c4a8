/**
 * Structural check of a rule pack (built-in or imported) against ./types.ts, with every pattern parsed.
 * Errors name where they are: pack id › rule id › field, e.g.
 * `pack "acme.en" › rule "no-refunds" › patterns[2]: unexpected ")" at 14`.
 */
import type { PackError, PackValidation } from './api';
import { readExample } from './examples';
import { compilePattern, PatternError } from './pattern';
import { PACK_LANGUAGES, PACK_SCENARIO_IDS, PHRASE_KEYS, type RulePack, TEMPLATE_SLOTS, type Template } from './types';

/** Limits of a pack, as PATTERNS.md and types.ts state them. */
export const PACK_LIMITS = {
  maxRules: 500,
  maxPatternsPerRule: 20,
  maxCuesPerPack: 200,
  maxTemplatesPerPack: 20,
  maxPartsPerTemplate: 20,
  maxMessageLength: 500,
  maxReplacementLength: 500,
  maxNameLength: 100,
  maxDescriptionLength: 2000,
  maxTextLength: 2000,
  maxExamples: 50,
  /** Bytes of a pack's JSON (UTF-8). */
  maxJsonBytes: 512 * 1024,
  /** Custom packs an agent imports or a policy pushes, together. */
  maxCustomPacks: 50,
  /** The agent's (or the policy's) own templates, one per pack. */
  maxOwnTemplates: 200,
} as const;

const LANGS = PACK_LANGUAGES;
const PACK_SCENARIOS = PACK_SCENARIO_IDS;
const RULE_SCENARIOS = PACK_SCENARIOS.filter((s) => s !== 'tone');
const DIMS = ['warmth', 'ownership', 'positivity', 'clarity', 'closing'] as const;
const PACK_ID = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLOT = /\{([^{}]*)\}/g;

const PACK_KEYS = [
  'id',
  'language',
  'scenario',
  'version',
  'name',
  'description',
  'rules',
  'cues',
  'templates',
  'phrases',
];
const RULE_KEYS = [
  'id',
  'kind',
  'patterns',
  'unless',
  'unlessScope',
  'scenarios',
  'message',
  'source',
  'replacement',
  'weight',
  'dimension',
  'examples',
];
const CUE_KEYS = ['patterns', 'in', 'weight', 'label'];
const TEMPLATE_KEYS = ['id', 'parts'];

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const show = (x: unknown) => (typeof x === 'string' ? JSON.stringify(x) : Array.isArray(x) ? 'an array' : String(x));

/** Formats a schema error as one line: `path: message`. */
export function formatPackError(e: PackError): string {
  return `${e.path}: ${e.message}`;
}

class Checker {
  readonly errors: PackError[] = [];
  err(path: string, message: string) {
    if (this.errors.length < 200) this.errors.push({ path, message });
  }
  keys(o: Obj, allowed: readonly string[], path: string) {
    for (const k of Object.keys(o)) if (!allowed.includes(k)) this.err(path, `unknown field "${k}"`);
  }
  string(o: Obj, key: string, path: string, opts: { optional?: boolean; max?: number; nonEmpty?: boolean } = {}) {
    const v = o[key];
    if (v === undefined) {
      if (!opts.optional) this.err(path, `missing "${key}"`);
      return undefined;
    }
    if (typeof v !== 'string') {
      this.err(`${path} › ${key}`, `must be a string, got ${show(v)}`);
      return undefined;
    }
    if ((opts.nonEmpty ?? true) && v.trim() === '') this.err(`${path} › ${key}`, 'must not be empty');
    if (opts.max !== undefined && v.length > opts.max)
      this.err(`${path} › ${key}`, `is ${v.length} characters; at most ${opts.max} are allowed`);
    return v;
  }
  oneOf<T extends string>(o: Obj, key: string, values: readonly T[], path: string, optional = false) {
    const v = o[key];
    if (v === undefined) {
      if (!optional) this.err(path, `missing "${key}"`);
      return undefined;
    }
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
      this.err(`${path} › ${key}`, `must be one of ${values.join(', ')}; got ${show(v)}`);
      return undefined;
    }
    return v as T;
  }
  integer(o: Obj, key: string, min: number, max: number, path: string) {
    const v = o[key];
    if (v === undefined) return this.err(path, `missing "${key}"`);
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
      this.err(`${path} › ${key}`, `must be an integer from ${min} to ${max}; got ${show(v)}`);
  }
  patterns(o: Obj, key: string, path: string, opts: { optional?: boolean; max: number }) {
    const v = o[key];
    if (v === undefined) {
      if (!opts.optional) this.err(path, `missing "${key}"`);
      return;
    }
    if (!Array.isArray(v)) return this.err(`${path} › ${key}`, 'must be an array of patterns');
    if (v.length === 0 && !opts.optional) this.err(`${path} › ${key}`, 'needs at least one pattern');
    if (v.length > opts.max) this.err(`${path} › ${key}`, `has ${v.length} patterns; at most ${opts.max} are allowed`);
    v.forEach((p, i) => {
      this.pattern(p, `${path} › ${key}[${i}]`);
    });
  }
  pattern(p: unknown, path: string) {
    if (typeof p !== 'string') return this.err(path, `must be a string, got ${show(p)}`);
    try {
      compilePattern(p);
    } catch (e) {
      this.err(path, e instanceof PatternError ? e.message : String(e));
    }
  }
  strings(o: Obj, key: string, path: string, max: number) {
    const v = o[key];
    if (!Array.isArray(v)) return this.err(`${path} › ${key}`, 'must be an array of strings');
    if (v.length > max) this.err(`${path} › ${key}`, `has ${v.length} entries; at most ${max} are allowed`);
    v.forEach((s, i) => {
      if (typeof s !== 'string' || s.trim() === '') this.err(`${path} › ${key}[${i}]`, 'must be a non-empty string');
    });
    return v;
  }
}

function checkRule(c: Checker, r: unknown, i: number, packPath: string, ruleIds: Set<string>) {
  if (!isObj(r)) return c.err(`${packPath} › rules[${i}]`, 'must be an object');
  const id = typeof r.id === 'string' && r.id ? r.id : null;
  const path = id ? `${packPath} › rule "${id}"` : `${packPath} › rules[${i}]`;
  c.keys(r, RULE_KEYS, path);
  const rid = c.string(r, 'id', path);
  if (rid !== undefined) {
    if (!RULE_ID.test(rid)) c.err(`${path} › id`, 'must be kebab-case (a-z, 0-9, "-")');
    if (ruleIds.has(rid)) c.err(path, `duplicate rule id "${rid}"`);
    ruleIds.add(rid);
  }
  const kind = c.oneOf(r, 'kind', ['phrase', 'missing'] as const, path, true);
  c.patterns(r, 'patterns', path, { max: PACK_LIMITS.maxPatternsPerRule });
  c.patterns(r, 'unless', path, { optional: true, max: PACK_LIMITS.maxPatternsPerRule });
  c.oneOf(r, 'unlessScope', ['sentence', 'draft'] as const, path, true);
  if (r.scenarios !== undefined) {
    if (!Array.isArray(r.scenarios) || r.scenarios.length === 0)
      c.err(`${path} › scenarios`, 'must be a non-empty array of scenarios');
    else
      r.scenarios.forEach((s, k) => {
        if (typeof s !== 'string' || !RULE_SCENARIOS.includes(s as (typeof RULE_SCENARIOS)[number]))
          c.err(`${path} › scenarios[${k}]`, `must be one of ${RULE_SCENARIOS.join(', ')}; got ${show(s)}`);
      });
  } else if (kind === 'missing') c.err(path, 'a rule of kind "missing" needs "scenarios"');
  c.string(r, 'message', path, { max: PACK_LIMITS.maxMessageLength });
  c.string(r, 'source', path, { max: 200 });
  c.string(r, 'replacement', path, { optional: true, max: PACK_LIMITS.maxReplacementLength });
  c.integer(r, 'weight', 1, 10, path);
  c.oneOf(r, 'dimension', DIMS, path);
  if (r.examples === undefined) c.err(path, 'missing "examples"');
  else if (!isObj(r.examples)) c.err(`${path} › examples`, 'must be an object {fires, silent}');
  else {
    const ep = `${path} › examples`;
    c.keys(r.examples, ['fires', 'silent', 'corrections'], ep);
    const fires = c.strings(r.examples, 'fires', ep, PACK_LIMITS.maxExamples);
    const silent = c.strings(r.examples, 'silent', ep, PACK_LIMITS.maxExamples);
    if (fires && fires.length === 0) c.err(`${ep} › fires`, 'needs at least one example');
    if (silent && silent.length === 0) c.err(`${ep} › silent`, 'needs at least one example');
    for (const [key, list] of [
      ['fires', fires],
      ['silent', silent],
    ] as const) {
      (list ?? []).forEach((s: unknown, k: number) => {
        if (typeof s !== 'string') return;
        try {
          const read = readExample(s);
          if (key === 'silent' && read.spans.length > 0)
            c.err(`${ep} › silent[${k}]`, 'a silent example marks no span');
        } catch (e) {
          c.err(`${ep} › ${key}[${k}]`, e instanceof Error ? e.message : String(e));
        }
      });
    }
    const corrections = r.examples.corrections;
    if (corrections !== undefined) {
      if (!Array.isArray(corrections)) c.err(`${ep} › corrections`, 'must be an array of {before, after}');
      else {
        if (corrections.length > PACK_LIMITS.maxExamples)
          c.err(
            `${ep} › corrections`,
            `has ${corrections.length} entries; at most ${PACK_LIMITS.maxExamples} are allowed`,
          );
        if (r.replacement === undefined) c.err(`${ep} › corrections`, 'only a rule with a replacement has corrections');
        corrections.forEach((x: unknown, k: number) => {
          const cp = `${ep} › corrections[${k}]`;
          if (!isObj(x)) {
            c.err(cp, 'must be an object {before, after}');
            return;
          }
          c.keys(x, ['before', 'after'], cp);
          c.string(x, 'before', cp, { max: PACK_LIMITS.maxReplacementLength * 4 });
          c.string(x, 'after', cp, { max: PACK_LIMITS.maxReplacementLength * 4 });
        });
      }
    }
  }
}

function checkCue(c: Checker, cue: unknown, i: number, packPath: string) {
  const path = `${packPath} › cues[${i}]`;
  if (!isObj(cue)) return c.err(path, 'must be an object');
  c.keys(cue, CUE_KEYS, path);
  c.patterns(cue, 'patterns', path, { max: PACK_LIMITS.maxPatternsPerRule });
  c.oneOf(cue, 'in', ['customer', 'draft'] as const, path);
  c.integer(cue, 'weight', 1, 10, path);
  c.string(cue, 'label', path, { max: PACK_LIMITS.maxNameLength });
}

function checkSlots(c: Checker, text: string, path: string) {
  for (const m of text.matchAll(SLOT)) {
    if (!(TEMPLATE_SLOTS as readonly string[]).includes(m[1]!))
      c.err(path, `unknown slot "{${m[1]}}"; slots are ${TEMPLATE_SLOTS.map((s) => `{${s}}`).join(' ')}`);
  }
}

function checkTemplate(c: Checker, t: unknown, i: number, packPath: string, ids: Set<string>) {
  if (!isObj(t)) return c.err(`${packPath} › templates[${i}]`, 'must be an object');
  const path = typeof t.id === 'string' && t.id ? `${packPath} › template "${t.id}"` : `${packPath} › templates[${i}]`;
  c.keys(t, TEMPLATE_KEYS, path);
  const id = c.string(t, 'id', path, { max: 100 });
  if (id !== undefined) {
    if (ids.has(id)) c.err(path, `duplicate template id "${id}"`);
    ids.add(id);
  }
  if (!Array.isArray(t.parts) || t.parts.length === 0)
    return c.err(`${path} › parts`, 'must be a non-empty array of strings or {text, skipIf}');
  if (t.parts.length > PACK_LIMITS.maxPartsPerTemplate)
    c.err(`${path} › parts`, `has ${t.parts.length} parts; at most ${PACK_LIMITS.maxPartsPerTemplate} are allowed`);
  t.parts.forEach((part, k) => {
    const pp = `${path} › parts[${k}]`;
    if (typeof part === 'string') {
      if (part.length > PACK_LIMITS.maxTextLength) c.err(pp, `is longer than ${PACK_LIMITS.maxTextLength} characters`);
      checkSlots(c, part, pp);
    } else if (isObj(part)) {
      c.keys(part, ['text', 'skipIf', 'plain'], pp);
      const text = c.string(part, 'text', pp, { max: PACK_LIMITS.maxTextLength });
      if (text !== undefined) checkSlots(c, text, `${pp} › text`);
      const plain = c.string(part, 'plain', pp, { optional: true, max: PACK_LIMITS.maxTextLength });
      if (plain !== undefined) {
        checkSlots(c, plain, `${pp} › plain`);
        if (/\[[^\]\n]{1,60}\]/u.test(plain))
          c.err(`${pp} › plain`, 'must have no [blank]: it is the sentence without them');
      }
      c.patterns(part, 'skipIf', pp, { max: PACK_LIMITS.maxPatternsPerRule });
    } else c.err(pp, 'must be a string or {text, skipIf}');
  });
}

/** Result of checking one template on its own (an agent's or a policy's replacement for a pack's own). */
export type TemplateValidation = { ok: true; template: Template } | { ok: false; errors: PackError[] };

/**
 * Checks a template by the rules a pack's templates follow: known fields and slots only, the part count and
 * lengths, every skipIf pattern parsed by the phrase compiler.
 */
export function validateTemplate(x: unknown, where = 'template'): TemplateValidation {
  const c = new Checker();
  checkTemplate(c, x, 0, where, new Set());
  return c.errors.length === 0 ? { ok: true, template: x as Template } : { ok: false, errors: c.errors };
}

/** Checks an unknown value against the pack schema; every pattern is parsed. */
export function validatePack(x: unknown): PackValidation {
  const c = new Checker();
  if (!isObj(x)) return { ok: false, errors: [{ path: 'pack', message: 'must be an object' }] };
  const path = typeof x.id === 'string' && x.id ? `pack "${x.id}"` : 'pack';
  c.keys(x, PACK_KEYS, path);
  const id = c.string(x, 'id', path, { max: 100 });
  if (id !== undefined && !PACK_ID.test(id))
    c.err(`${path} › id`, 'must be lower-case words joined by ".", "_" or "-", e.g. "acme.en.refunds"');
  c.oneOf(x, 'language', LANGS, path);
  const scenario = c.oneOf(x, 'scenario', PACK_SCENARIOS, path);
  c.integer(x, 'version', 0, 1_000_000, path);
  c.string(x, 'name', path, { max: PACK_LIMITS.maxNameLength });
  c.string(x, 'description', path, { optional: true, max: PACK_LIMITS.maxDescriptionLength, nonEmpty: false });
  if (!Array.isArray(x.rules)) c.err(path, x.rules === undefined ? 'missing "rules"' : '"rules" must be an array');
  else {
    if (x.rules.length > PACK_LIMITS.maxRules)
      c.err(`${path} › rules`, `has ${x.rules.length} rules; at most ${PACK_LIMITS.maxRules} are allowed`);
    const ids = new Set<string>();
    x.rules.forEach((r, i) => {
      checkRule(c, r, i, path, ids);
    });
  }
  if (x.cues !== undefined) {
    if (!Array.isArray(x.cues)) c.err(`${path} › cues`, 'must be an array');
    else {
      if (scenario === 'tone' && x.cues.length > 0) c.err(`${path} › cues`, 'a tone pack has no cues');
      if (x.cues.length > PACK_LIMITS.maxCuesPerPack)
        c.err(`${path} › cues`, `has ${x.cues.length} cues; at most ${PACK_LIMITS.maxCuesPerPack} are allowed`);
      x.cues.forEach((cue, i) => {
        checkCue(c, cue, i, path);
      });
    }
  }
  if (x.templates !== undefined) {
    if (!Array.isArray(x.templates)) c.err(`${path} › templates`, 'must be an array');
    else {
      if (scenario === 'tone' && x.templates.length > 0) c.err(`${path} › templates`, 'a tone pack has no templates');
      if (x.templates.length > PACK_LIMITS.maxTemplatesPerPack)
        c.err(`${path} › templates`, `at most ${PACK_LIMITS.maxTemplatesPerPack} templates are allowed`);
      const ids = new Set<string>();
      x.templates.forEach((t, i) => {
        checkTemplate(c, t, i, path, ids);
      });
    }
  }
  if (x.phrases !== undefined) {
    if (!isObj(x.phrases)) c.err(`${path} › phrases`, 'must be an object');
    else {
      if (scenario !== undefined && scenario !== 'tone') c.err(`${path} › phrases`, 'only a tone pack has phrases');
      for (const [k, v] of Object.entries(x.phrases)) {
        if (!(PHRASE_KEYS as readonly string[]).includes(k))
          c.err(`${path} › phrases`, `unknown phrase "${k}"; phrases are ${PHRASE_KEYS.join(', ')}`);
        else if (typeof v !== 'string') c.err(`${path} › phrases › ${k}`, 'must be a string');
        else {
          if (v.length > PACK_LIMITS.maxTextLength) c.err(`${path} › phrases › ${k}`, 'is too long');
          checkSlots(c, v, `${path} › phrases › ${k}`);
        }
      }
    }
  }
  return c.errors.length === 0 ? { ok: true, pack: x as unknown as RulePack } : { ok: false, errors: c.errors };
}

/** Parses and checks a pack given as JSON text (at most 512 KB). */
export function validatePackJson(text: string): PackValidation {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > PACK_LIMITS.maxJsonBytes)
    return {
      ok: false,
      errors: [{ path: 'pack', message: `JSON is ${bytes} bytes; at most ${PACK_LIMITS.maxJsonBytes} are allowed` }],
    };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ path: 'pack', message: `invalid JSON: ${e instanceof Error ? e.message : e}` }] };
  }
  return validatePack(value);
}

/** Result of checking several packs together. */
export type PackSetValidation = { ok: true; packs: RulePack[] } | { ok: false; errors: PackError[] };

/** Checks every pack and that no two packs share an id. */
export function validatePackSet(packs: readonly unknown[]): PackSetValidation {
  const errors: PackError[] = [];
  const ok: RulePack[] = [];
  const seen = new Set<string>();
  packs.forEach((p, i) => {
    const v = validatePack(p);
    if (v.ok) ok.push(v.pack);
    else errors.push(...v.errors);
    const id = isObj(p) && typeof p.id === 'string' ? p.id : null;
    if (id !== null) {
      if (seen.has(id)) errors.push({ path: `pack "${id}"`, message: `duplicate pack id (packs[${i}])` });
      seen.add(id);
    }
  });
  return errors.length === 0 ? { ok: true, packs: ok } : { ok: false, errors };
}
