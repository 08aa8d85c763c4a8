import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { DIMENSIONS, LANGUAGES, SCENARIOS } from '../../../lib/engine/types';
import { FIXTURE_PACKS } from './fixturePacks';

// A small seeded generator (mulberry32), so a failure can be replayed from its seed.
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

// Pieces that break naive text code: emoji (surrogate pairs, ZWJ sequences), combining marks, zero-width and
// bidi controls, RTL text, lone surrogates, line separators, punctuation, and words the packs match.
const PIECES = [
  '👋',
  '👩‍👩‍👧',
  '🇪🇪',
  'e\u0301',
  'a\u0308\u0304',
  '\u200b',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u202e',
  '\u00ad',
  'שלום',
  'مرحبا',
  '\ud800',
  '\udc00',
  '\u2028',
  '\n',
  '\n\n',
  '\t',
  ' ',
  '.',
  ',',
  '!',
  '?!',
  '…',
  '–',
  '"',
  '„',
  '«',
  '(',
  ')',
  "'",
  '’',
  '-',
  '€',
  '>',
  "I don't know",
  'calm down',
  'not my job',
  'not our fault',
  'sorry',
  'Hi Laura,',
  'Best regards,',
  'rahunege',
  'Tere, Mari!',
  'Здравствуйте',
  '2. märtsil',
  'WH-1000XM5',
  '310982',
  'Ā',
  'õ',
  'Ё',
];

function randomText(next: () => number, maxPieces: number): string {
  const n = Math.floor(next() * maxPieces);
  let s = '';
  for (let i = 0; i < n; i++) {
    if (next() < 0.2) s += String.fromCodePoint(Math.floor(next() * 0x2ffff));
    else s += PIECES[Math.floor(next() * PIECES.length)];
  }
  return s;
}

function checkAnalysis(draft: string, a: ReturnType<typeof analyze>): void {
  expect(LANGUAGES).toContain(a.language);
  expect(SCENARIOS).toContain(a.scenario);
  expect(a.score).toBeGreaterThanOrEqual(0);
  expect(a.score).toBeLessThanOrEqual(100);
  expect(a.scenarioConfidence).toBeGreaterThanOrEqual(0);
  expect(a.scenarioConfidence).toBeLessThanOrEqual(1);
  for (const d of DIMENSIONS) expect(a.dimensions[d].score).toBeGreaterThanOrEqual(0);
  expect(typeof a.rewrite).toBe('string');
  for (const f of a.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(draft.length);
    expect(draft.slice(f.start, f.end)).toBe(f.text);
  }
}

describe('analyze on any input', () => {
  it('never throws on random Unicode and keeps every finding a slice of the draft', () => {
    const next = rng(20261123);
    for (let i = 0; i < 400; i++) {
      const draft = randomText(next, 40);
      const customer = next() < 0.5 ? randomText(next, 20) : undefined;
      const a = analyze({ draft, customer, customerName: next() < 0.3 ? 'Laura' : null }, FIXTURE_PACKS);
      checkAnalysis(draft, a);
    }
  });

  it('gives a neutral analysis for an empty or blank draft', () => {
    for (const draft of ['', '   ', '\n\n\u200b']) {
      const a = analyze({ draft, customer: 'Hello?' }, FIXTURE_PACKS);
      expect(a.findings).toEqual([]);
      expect(a.score).toBe(100);
      expect(a.rewrite).toBe('');
    }
  });

  it('survives inputs that are not what the types say', () => {
    const bad = [null, undefined, 42, { draft: 42 }, { draft: 'ok', customer: {}, lang: 'xx', scenario: 'nope' }];
    for (const input of bad) {
      const a = analyze(input as never, FIXTURE_PACKS);
      expect(LANGUAGES).toContain(a.language);
    }
    // No packs: no rule findings (the learned layer still reads the draft).
    expect(
      analyze({ draft: "I don't know." }, null as never).findings.filter((f) => !f.rule.startsWith('model.')),
    ).toEqual([]);
  });

  it('handles a megabyte of text', () => {
    const unit = "Hi Laura, I don't know. That's not my job. The order 310982 ships on 2 March. 👩‍👩‍👧 ";
    const draft = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const a = analyze({ draft, customer: unit, customerName: 'Laura' }, FIXTURE_PACKS);
    checkAnalysis(draft, a);
    expect(a.findings.length).toBeGreaterThan(1000);
    const noPunctuation = 'word '.repeat(200_000);
    checkAnalysis(noPunctuation, analyze({ draft: noPunctuation }, FIXTURE_PACKS));
  }, 60_000);

  it('is deterministic', () => {
    const input = {
      draft: "Hi Laura, I don't know. That's not my job.",
      customer: 'Is it JOKE TIME?!',
      customerName: 'Laura',
    };
    expect(analyze(input, FIXTURE_PACKS)).toEqual(analyze(input, FIXTURE_PACKS));
  });
});
