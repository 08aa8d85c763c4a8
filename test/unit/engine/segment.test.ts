import { describe, expect, it } from 'vitest';
import { countWords, splitClauses, splitSentences } from '../../../lib/engine/segment';

// A seeded generator, so a failure can be replayed.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a * 1664525 + 1013904223) >>> 0;
    return a / 2 ** 32;
  };
}

const PIECES = [
  'a',
  'Z',
  '7',
  'õ',
  'ž',
  'ё',
  'Ж',
  '中',
  '𝐀', // a letter outside the BMP
  '𝟙', // a digit outside the BMP
  '😀',
  '\ud800', // lone surrogate
  'e\u0301',
  "'",
  '’',
  '-',
  '‐',
  ' ',
  '\u00a0',
  '\n',
  '.',
  ',',
  '!',
  '?',
  '…',
  '"',
  ')',
  '–',
  ':',
  '12',
  "don't",
  'e-mail',
];

/** The reference count: the global matches of the word pattern. */
const reference = (s: string) => s.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;

describe('countWords', () => {
  it('counts as the word pattern does, on plain and on hostile text', () => {
    expect(countWords("I don't know, e-mail me -- at 10:30.")).toBe(reference("I don't know, e-mail me -- at 10:30."));
    expect(countWords('')).toBe(0);
    expect(countWords("'-' ’’")).toBe(0);
    expect(countWords('a-b-c d’e f--g')).toBe(reference('a-b-c d’e f--g'));
    const random = rng(42);
    for (let n = 0; n < 3000; n++) {
      let s = '';
      const len = Math.floor(random() * 40);
      for (let k = 0; k < len; k++) s += PIECES[Math.floor(random() * PIECES.length)]!;
      expect(countWords(s), JSON.stringify(s)).toBe(reference(s));
    }
  });
});

describe('splitSentences and splitClauses', () => {
  it('split at ends and separators, not inside numbers, links and ordinal dates', () => {
    const t = 'Hi Anna! Your order 1.5 kg ships on 2. märts, see example.com. Thanks –  we’ll call (soon).\nBye';
    const sentences = splitSentences(t).map((s) => t.slice(s.start, s.end));
    expect(sentences).toEqual([
      'Hi Anna!',
      'Your order 1.5 kg ships on 2. märts, see example.com.',
      'Thanks –  we’ll call (soon).',
      'Bye',
    ]);
    const s = sentences[2]!;
    const at = t.indexOf(s);
    expect(splitClauses(t, at, at + s.length).map((c) => t.slice(c.start, c.end))).toEqual([
      'Thanks',
      'we’ll call',
      'soon',
      '.',
    ]);
    // An abbreviation before a number ends no sentence; a sentence that ends before a number still does.
    const abbr = 'Izrakstīšanās ir līdz plkst. 12. Ждём Вас по адресу ул. Ленина, д. 5. Open until 6. 7 rooms left.';
    expect(splitSentences(abbr).map((x) => abbr.slice(x.start, x.end))).toEqual([
      'Izrakstīšanās ir līdz plkst. 12.',
      'Ждём Вас по адресу ул. Ленина, д. 5.',
      'Open until 6. 7 rooms left.',
    ]);
    const price = 'It costs 38,40 € at 10:30.';
    expect(splitClauses(price, 0, price.length).map((c) => price.slice(c.start, c.end))).toEqual([price]);
  });
});
