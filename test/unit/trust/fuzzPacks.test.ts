import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../../../lib/engine/analyze';
import type { Analysis } from '../../../lib/engine/types';
import { BUILTIN_PACKS } from '../../../lib/packs/builtin';
import { compilePacks, compilePatterns, type ScanStats } from '../../../lib/packs/compile';
import { compilePattern } from '../../../lib/packs/pattern';
import { PACK_LIMITS, validatePack } from '../../../lib/packs/schema';
import { indexText } from '../../../lib/packs/text';
import type { RulePack } from '../../../lib/packs/types';
import { createSettingsStore } from '../../../lib/settings/store';
import { SAMPLE_PACK } from '../../fixtures/trust/packs';

/**
 * Imported rule packs are untrusted input. 10,000 random and adversarial packs (deep alternation, maximal gaps,
 * many stems, huge Unicode, invalid shapes) go through the schema; the valid ones are compiled and run on
 * adversarial drafts. Nothing may throw out of the schema, the compiler or the engine, the matcher's work stays
 * within the bound its automata give (work is asserted; time is only reported), and an import the schema refuses
 * leaves the stored settings byte for byte as they were.
 */

const PACKS = 10_000;
const STORE_IMPORTS = 400;

/** A small fast seeded generator (mulberry32), so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = rng(0x7ac7);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
const chance = (p: number) => random() < p;

/** Words from several scripts, with the Unicode that trips text handling: lookalikes, combining marks, bidi. */
const WORDS = [
  'we',
  'not',
  'refund',
  'sorry',
  'calm',
  'down',
  'a',
  'b',
  'no',
  'never',
  'ei',
  'tea',
  'nav',
  'не',
  'знаю',
  'Саlm',
  'pаypal',
  'e\u0301',
  'café',
  'straße',
  'ĀĒĪ',
  'žš',
  '😀',
  '\u202Eabc',
  'a\u200Db',
  'ǅ',
  'ﬁx',
  'İ',
  'ß',
  'x'.repeat(40),
  'y'.repeat(41),
  '١٢٣',
  '日本',
  '\uD800',
  '\uFFFF',
];
/** Words the phrase language accepts (no emoji, no lone surrogates, at most 40 characters). */
const SAFE_WORDS = WORDS.filter((w) => /^(?:\p{L}|\p{N}|\p{M}|\u200D|\u202E)+$/u.test(w) && w.length <= 40);
const SYNTAX = [
  '(',
  ')',
  '|',
  '~',
  '<',
  '>',
  '*',
  '?',
  '^',
  '$',
  '[',
  ']',
  '{',
  '}',
  '\\',
  '"',
  "'",
  ',',
  '.',
  '~99',
  '~-1',
];

/** A random pattern: mostly near the phrase language's limits, sometimes plain garbage. */
function pattern(depth = 0): string {
  const r = random();
  if (r < 0.08) return Array.from({ length: 1 + int(12) }, () => pick(SYNTAX)).join(''); // garbage
  if (r < 0.12) return pick(WORDS).repeat(1 + int(80)); // over-long word or source
  if (r < 0.16) return `(${Array.from({ length: 20 + int(10) }, () => pick(WORDS)).join('|')})`; // many alternatives
  const parts: string[] = [];
  const n = 1 + int(6);
  for (let i = 0; i < n; i++) {
    const k = random();
    if (k < 0.35) parts.push(pick(WORDS));
    else if (k < 0.5) parts.push(`${pick(WORDS).slice(0, 1 + int(4))}*`);
    else if (k < 0.65 && depth < 8) {
      const alts = Array.from({ length: 2 + int(5) }, () => pattern(depth + 1));
      parts.push(`(${alts.join('|')})`);
    } else if (k < 0.75) parts.push(`?${pick(WORDS)}`);
    else if (k < 0.85 && i > 0) parts.push(`~${int(8)}`);
    else if (k < 0.9 && i > 0) parts.push(`<~${int(8)}>`);
    else if (k < 0.95) parts.push(pick(['^', '$']));
    else parts.push(pick(WORDS));
  }
  return parts.join(' ');
}

/** A stem of at least two letters (the language's minimum before `*`). */
const stem = () => pick(SAFE_WORDS.filter((w) => [...w].length >= 2)).slice(0, 2 + int(3));

/** Deeply nested alternation (up to the nesting limit, sometimes past it). */
function deepPattern(): string {
  const depth = 3 + int(chance(0.8) ? 3 : 6);
  let p = pick(SAFE_WORDS);
  for (let i = 0; i < depth; i++) p = `(${p}|${stem()}*)`;
  return p;
}

/** Maximal gaps: ~4 to ~6 between up to 6 words (12 word steps), sometimes past the limits. */
function gapPattern(): string {
  const words = Array.from({ length: 2 + int(chance(0.8) ? 5 : 12) }, () => pick(['a', 'b', 'we', 'no']));
  return words.join(` ~${4 + int(chance(0.8) ? 3 : 6)} `);
}

/** A pattern inside the language and its limits, built to be hard: alternatives, stems, optionals, swaps. */
function validPattern(): string {
  const r = random();
  if (r < 0.15) return deepPattern();
  if (r < 0.3) return gapPattern();
  if (r < 0.4) return `(${Array.from({ length: 10 + int(14) }, () => pick(SAFE_WORDS)).join('|')}) ${pick(SAFE_WORDS)}`;
  if (r < 0.5) return `${pick(['we', 'no', 'a'])} <~${int(7)}> ${pick(SAFE_WORDS)}`;
  const parts = [pick(SAFE_WORDS)];
  for (let i = 0; i < int(5); i++) {
    const k = random();
    if (k < 0.3) parts.push(pick(SAFE_WORDS));
    else if (k < 0.5) parts.push(`${pick(['we', 'no', 'ca', 'не', 'ei', 'sor'])}*`);
    else if (k < 0.7) parts.push(`(${pick(SAFE_WORDS)}|${pick(SAFE_WORDS)} ${pick(SAFE_WORDS)})`);
    else if (k < 0.85) parts.push(`~${int(7)} ${pick(SAFE_WORDS)}`);
    else parts.push(`?${pick(SAFE_WORDS)} ${pick(SAFE_WORDS)}`);
  }
  return parts.join(' ');
}

/** Mostly patterns within the language; one pack in ten also gets random hostile ones. */
const patterns = (max: number, hostile: boolean) =>
  Array.from({ length: 1 + int(max) }, () => (hostile && chance(0.3) ? pattern() : validPattern()));

/** A pack built on the valid sample, with random rules, cues and templates. */
function randomPack(i: number): Record<string, unknown> {
  const manyStems = chance(0.05);
  const hostile = chance(0.1);
  const rules = Array.from({ length: 1 + int(manyStems ? 40 : 6) }, (_, r) => ({
    ...SAMPLE_PACK.rules[0]!,
    id: `r-${r}`,
    patterns: manyStems
      ? Array.from({ length: 20 }, () => `${stem()}${pick(['a', 'e', 'o'])}*`)
      : patterns(chance(0.1) ? PACK_LIMITS.maxPatternsPerRule : 4, hostile),
    ...(chance(0.3) ? { unless: patterns(3, hostile) } : {}),
    ...(chance(0.1) ? { kind: 'missing', scenarios: ['complaint'] } : {}),
    weight: 1 + int(10),
  }));
  return {
    ...SAMPLE_PACK,
    id: `fuzz.p${i}`,
    language: pick(['en', 'et', 'lv', 'ru']),
    rules,
    cues: Array.from({ length: int(4) }, () => ({ ...SAMPLE_PACK.cues![0]!, patterns: patterns(3, hostile) })),
    ...(chance(0.3)
      ? {
          templates: [
            { id: 'default', parts: ['{greeting}', { text: '{body}', skipIf: patterns(2, hostile) }, '{closing}'] },
          ],
        }
      : {}),
  };
}

/** A broken shape: wrong types, missing or unknown fields, nulls, prototype keys, huge strings. */
function invalidShape(i: number): unknown {
  const base = randomPack(i);
  switch (int(16)) {
    case 0:
      return pick([null, undefined, 42, 'pack', [], true, () => 1]);
    case 1:
      return { ...base, rules: 'all of them' };
    case 2:
      return { ...base, rules: [null, 5, 'x'] };
    case 3:
      return { ...base, id: pick(['', 'UPPER', '../../etc', 'a'.repeat(200), 7]) };
    case 4:
      return { ...base, language: pick(['xx', 'EN', null, 3]) };
    case 5:
      return { ...base, rules: [{ ...SAMPLE_PACK.rules[0], weight: pick([0, 11, -1, 1e9, Number.NaN, '5']) }] };
    case 6:
      return { ...base, rules: [{ ...SAMPLE_PACK.rules[0], patterns: pick([[], [5], 'we never', [null]]) }] };
    case 7:
      return JSON.parse(`{"id":"fuzz.proto","__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}`);
    case 8:
      return { ...base, description: 'z'.repeat(PACK_LIMITS.maxDescriptionLength + 1) };
    case 9:
      return {
        ...base,
        rules: Array.from({ length: PACK_LIMITS.maxRules + 1 }, (_, r) => ({ ...SAMPLE_PACK.rules[0], id: `r${r}` })),
      };
    case 10:
      return { ...base, unknownField: { deep: { deeper: [1, 2, 3] } } };
    case 11:
      return {
        ...base,
        rules: [
          { ...SAMPLE_PACK.rules[0], id: 'dup' },
          { ...SAMPLE_PACK.rules[0], id: 'dup' },
        ],
      };
    case 12:
      return { ...base, templates: [{ id: 'default', parts: ['{nope}', { text: 5 }] }] };
    case 13:
      return { ...base, phrases: { greetingNamed: 'Hi {customerName', bogus: 'x' } };
    case 14: {
      let deep: unknown = 'x';
      for (let d = 0; d < 2000; d++) deep = { rules: [deep] };
      return { ...base, rules: [deep] };
    }
    default:
      return { ...base, rules: [{ ...SAMPLE_PACK.rules[0], examples: pick([null, {}, { fires: 'x' }]) }] };
  }
}

/** Drafts that make every thread start and none finish, plus Unicode soup and markup. */
function adversarialDrafts(pack: RulePack): string[] {
  const words = pack.rules.flatMap((r) => r.patterns.join(' ').split(/[^\p{L}\p{N}]+/u)).filter(Boolean);
  const soup = Array.from({ length: 400 }, () => pick(words.length ? words : WORDS)).join(' ');
  return [
    soup,
    `${'a '.repeat(300)}b`,
    Array.from({ length: 200 }, () => pick(WORDS)).join(' '),
    '<img src=x onerror=alert(1)> <script>alert(2)</script> javascript:alert(3)',
  ];
}

/** Median, max and how many over 100 ms, of a list of durations. */
function summary(ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    median: +(sorted[sorted.length >> 1] ?? 0).toFixed(1),
    max: +(sorted.at(-1) ?? 0).toFixed(1),
    over100: sorted.filter((t) => t > 100).length,
  };
}

/** Consuming nodes of a pattern's automaton: at most this many threads per word. */
function threadBound(source: string): number {
  return compilePattern(source).nodes.filter((n) => n.t === 'word' || n.t === 'branch').length;
}

/** Every phrase-language source in a pack. */
function sourcesOf(pack: RulePack): string[] {
  return [
    ...pack.rules.flatMap((r) => [...r.patterns, ...(r.unless ?? [])]),
    ...(pack.cues ?? []).flatMap((c) => c.patterns),
    ...(pack.templates ?? []).flatMap((t) => t.parts.flatMap((p) => (typeof p === 'string' ? [] : p.skipIf))),
  ];
}

function wellFormed(a: Analysis, draft: string): void {
  expect(a.score).toBeGreaterThanOrEqual(0);
  expect(a.score).toBeLessThanOrEqual(100);
  for (const f of a.findings) {
    expect(draft.slice(f.start, f.end)).toBe(f.text);
  }
}

describe('10,000 random and adversarial packs', () => {
  it('never throw, stay within their work bound, and run on adversarial drafts', () => {
    let valid = 0;
    let maxRatio = 0;
    let maxCompileMs = 0;
    const times: number[] = [];
    // The built-in packs beside the imported one (those that pass the schema: this is about imported packs).
    const builtin = BUILTIN_PACKS.filter((p) => validatePack(p).ok);
    const warmTimes: number[] = [];
    let analyses = 0;
    const started = performance.now();
    for (let i = 0; i < PACKS; i++) {
      const candidate = chance(0.25) ? invalidShape(i) : randomPack(i);
      const checked = validatePack(candidate);
      if (!checked.ok) {
        expect(checked.errors.length).toBeGreaterThan(0);
        if (process.env.FUZZ_DEBUG && i % 97 === 0) console.log(checked.errors[0]);
        continue;
      }
      valid++;
      const pack = checked.pack;
      // The compiler accepts whatever the schema accepts.
      const set = compilePacks([pack]);
      expect(set.rules.length).toBe(pack.rules.length);
      // Work: one scan's thread steps are bounded by the automata's sizes times the words (plus the re-reads
      // after hits, at most the same again).
      const sources = [...new Set(sourcesOf(pack))];
      const bound = sources.reduce((sum, s) => sum + threadBound(s), 0);
      const matcher = compilePatterns(sources);
      const drafts = adversarialDrafts(pack);
      for (const draft of drafts.slice(0, 2)) {
        const index = indexText(draft);
        const stats: ScanStats = { steps: 0, starts: 0 };
        matcher.scan(index, stats);
        const ratio = stats.steps / Math.max(1, index.words.length * bound);
        maxRatio = Math.max(maxRatio, ratio);
        expect(ratio, `pack ${i}`).toBeLessThanOrEqual(2);
      }
      // The engine with the pack and the built-in packs, on a subset (the work bound covers the rest).
      if (valid % 40 === 0) {
        // Compiled once per pack set, as the background does per settings change; the analyses reuse it.
        const packs = [pack, ...builtin];
        const c0 = performance.now();
        compilePacks(packs);
        maxCompileMs = Math.max(maxCompileMs, performance.now() - c0);
        for (const draft of drafts) {
          // The first analysis of a draft after a pack change pays for lazily built matcher state; the repeat
          // is what typing on sees. Both are reported.
          const t0 = performance.now();
          const analysis = analyze({ draft, lang: pack.language, customer: drafts[0] }, packs);
          const first = performance.now() - t0;
          const t1 = performance.now();
          const again = analyze({ draft, lang: pack.language, customer: drafts[0] }, packs);
          const warm = performance.now() - t1;
          expect(again).toEqual(analysis);
          times.push(first);
          warmTimes.push(warm);
          analyses++;
          wellFormed(analysis, draft);
        }
      }
    }
    const report = {
      packs: PACKS,
      valid,
      analyses,
      maxStepsPerBoundWord: +maxRatio.toFixed(3),
      firstAnalysisMs: summary(times),
      repeatAnalysisMs: summary(warmTimes),
      maxCompileMs: +maxCompileMs.toFixed(1),
      totalS: +((performance.now() - started) / 1000).toFixed(1),
    };
    // Time is reported, not asserted (machines differ); the work bound above is what is asserted.
    console.log('fuzz packs', report);
    // Both kinds were exercised in earnest.
    expect(valid).toBeGreaterThan(PACKS / 10);
    expect(PACKS - valid).toBeGreaterThan(PACKS / 10);
  }, 120_000);
});

describe('importing hostile packs through the settings store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  /** Both storage areas, serialised: byte-identical means nothing was written. */
  const snapshot = async () =>
    JSON.stringify([await fakeBrowser.storage.local.get(null), await fakeBrowser.storage.sync.get(null)]);

  it('leaves the stored settings byte-identical when a pack is refused', async () => {
    const { store, ready, dispose } = createSettingsStore();
    await ready;
    // Something stored already, so "unchanged" is not just "empty".
    expect(await store.getState().importPack(JSON.stringify(SAMPLE_PACK), BUILTIN_PACKS)).toEqual([]);
    await store.getState().setProfile({ name: 'Alex', company: 'Acme', signature: 'Alex\nAcme' });
    let refused = 0;
    let accepted = 0;
    for (let i = 0; i < STORE_IMPORTS; i++) {
      const before = await snapshot();
      const kind = int(5);
      const text =
        kind === 0
          ? pick(['', '{', 'null', '[]', '"pack"', '{"id":', '\u0000', 'NaN', '{"__proto__":{"polluted":1}}'])
          : kind === 1
            ? JSON.stringify({ ...SAMPLE_PACK, id: 'fuzz.big', description: 'é'.repeat(PACK_LIMITS.maxJsonBytes) })
            : kind === 2
              ? JSON.stringify({ ...SAMPLE_PACK, id: pick(BUILTIN_PACKS).id }) // a built-in's id
              : (JSON.stringify(chance(0.5) ? invalidShape(i) : randomPack(i)) ?? 'undefined');
      const errors = await store.getState().importPack(text, BUILTIN_PACKS);
      const after = await snapshot();
      if (errors.length > 0) {
        refused++;
        expect(after, `import ${i}`).toBe(before);
      } else {
        accepted++;
        // Only the custom packs changed; the profile and everything else stayed.
        expect(store.getState().settings.profile.name).toBe('Alex');
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
    expect(refused).toBeGreaterThan(STORE_IMPORTS / 4);
    expect(accepted).toBeGreaterThan(0);
    // What is stored still reads back as valid settings.
    await store.getState().refresh();
    for (const p of store.getState().settings.customPacks) expect(validatePack(p).ok).toBe(true);
    dispose();
  }, 60_000);
});
