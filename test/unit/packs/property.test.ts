import { describe, expect, it } from 'vitest';
import { compilePatterns } from '../../../lib/packs/compile';
import { indexText } from '../../../lib/packs/text';

/** A small deterministic PRNG so a failure can be replayed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

// Pieces a random text is built from: words of the four languages, joiners, punctuation, and hard Unicode
// (emoji with ZWJ and skin tones, RTL, combining marks, zero-width and format characters, lone surrogates).
const PIECES = [
  'a',
  'no',
  'idea',
  "don't",
  'don’t',
  'Wi-Fi',
  'kahjuks',
  'ei',
  'tea',
  'žēl',
  'не',
  'знаю',
  'ёлка',
  'sorry',
  ' ',
  ' ',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\t',
  '.',
  ',',
  '!',
  '?',
  '…',
  ';',
  ':',
  '–',
  '—',
  '-',
  "'",
  '’',
  '"',
  '(',
  ')',
  '👍🏽',
  '👩‍👩‍👧',
  '🇪🇪',
  'مرحبا',
  'שלום',
  '\u200d',
  '\u200b',
  '\u00ad',
  '\u202e',
  '\ufeff',
  'e\u0301',
  '\u0301',
  '\ud800',
  '\udc00',
  '1.5',
  '10:30',
  '42',
  'Ø',
  'ß',
  'İ',
  '\u0000',
  '\u2028',
];
const PATTERNS = [
  'no idea',
  "(don't|do not) know",
  'ei ~2 tea',
  'не <~2> знаю',
  '^ no $',
  'sor* ~3 a',
  '?kahjuks ei tea',
  '(a|a ~6 sorry)',
  'žēl',
];

function randomText(next: () => number, length: number): string {
  let s = '';
  while (s.length < length) {
    if (next() < 0.05) s += String.fromCodePoint(Math.floor(next() * 0x10ffff) & ~0x800);
    else s += PIECES[Math.floor(next() * PIECES.length)];
  }
  return s;
}

describe('random Unicode', () => {
  const set = compilePatterns(PATTERNS);
  it('never throws, and every word, sentence and hit is a well-formed span on word boundaries', () => {
    const next = rng(20260101);
    for (let round = 0; round < 400; round++) {
      const text = randomText(next, Math.floor(next() * 400));
      const ix = indexText(text);
      const starts = new Set(ix.words.map((w) => w.start));
      const ends = new Set(ix.words.map((w) => w.end));
      let prevEnd = 0;
      for (const w of ix.words) {
        expect(w.start).toBeGreaterThanOrEqual(prevEnd);
        expect(w.end).toBeGreaterThan(w.start);
        prevEnd = w.end;
        const s = ix.sentences[w.sentence]!;
        expect(w.start >= s.start && w.end <= s.end).toBe(true);
        const c = ix.clauses[w.clause]!;
        expect(w.start >= c.start && w.end <= c.end).toBe(true);
        // No word begins or ends with a joiner or whitespace.
        expect(text.slice(w.start, w.end)).not.toMatch(/^[\s'’-]|[\s'’-]$/u);
      }
      for (let i = 1; i < ix.sentences.length; i++)
        expect(ix.sentences[i]!.start).toBeGreaterThanOrEqual(ix.sentences[i - 1]!.end);
      const hits = set.scan(ix);
      expect(hits).toHaveLength(PATTERNS.length);
      for (const list of hits) {
        let last = -1;
        for (const h of list) {
          expect(starts.has(h.start)).toBe(true);
          expect(ends.has(h.end)).toBe(true);
          expect(h.start).toBeGreaterThan(last);
          last = h.end - 1;
          expect(text.slice(h.start, h.end).length).toBe(h.end - h.start);
          // A hit never crosses a sentence end.
          const s = ix.sentences[h.sentence]!;
          expect(h.start >= s.start && h.end <= s.end).toBe(true);
        }
      }
    }
  });
  it('indexes and scans 1 MB of random Unicode', () => {
    const next = rng(99);
    const text = randomText(next, 1 << 20);
    const ix = indexText(text);
    expect(ix.words.length).toBeGreaterThan(50_000);
    const starts = new Set(ix.words.map((w) => w.start));
    const ends = new Set(ix.words.map((w) => w.end));
    const hits = set.scan(ix);
    let bad = 0;
    for (const list of hits) for (const h of list) if (!starts.has(h.start) || !ends.has(h.end)) bad++;
    expect(bad).toBe(0);
    // "no idea" is among the pieces often enough to occur in 1 MB.
    expect(hits[0]!.length).toBeGreaterThan(0);
  }, 60_000);
  it('finds a planted phrase wherever it is put among random Unicode', () => {
    const next = rng(7);
    for (let round = 0; round < 200; round++) {
      const before = randomText(next, 50);
      const after = randomText(next, 50);
      const text = `${before}\nI have no idea.\n${after}`;
      const hits = set.scan(indexText(text))[0]!;
      const at = before.length + 8;
      expect(hits.some((h) => h.start === at && text.slice(h.start, h.end) === 'no idea')).toBe(true);
    }
  });
});
