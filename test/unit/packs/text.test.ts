import { describe, expect, it } from 'vitest';
import { fold, indexText, isClauseFirst, isClauseLast } from '../../../lib/packs/text';

const words = (t: string) => indexText(t).words.map((w) => t.slice(w.start, w.end));
const norms = (t: string) => indexText(t).words.map((w) => w.norm);
const sentences = (t: string) => indexText(t).sentences.map((s) => t.slice(s.start, s.end));
const clauses = (t: string) => indexText(t).clauses.map((s) => t.slice(s.start, s.end));

/** What folding is by definition (lower case, NFD, marks and format characters dropped, look-alikes replaced). */
const foldByDefinition = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\p{M}\p{Cf}]/gu, '')
    .replace(/[’‘ʼʹ`´′]/g, "'")
    .replace(/[‐‑]/g, '-');

/** `count` strings of 1..maxLength characters of `alphabet`, the same ones for the same seed. */
function randomTexts(seed: number, alphabet: readonly string[], count: number, maxLength: number): string[] {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let t = '';
    const n = 1 + Math.floor(next() * maxLength);
    for (let k = 0; k < n; k++) t += alphabet[Math.floor(next() * alphabet.length)];
    out.push(t);
  }
  return out;
}

describe('fold', () => {
  it('folds case and diacritics of all four languages', () => {
    expect(fold('ŽÕÄÖÜŠ')).toBe('zoaous');
    expect(fold('Ātrāk, ģimene, ķēde')).toBe('atrak, gimene, kede');
    expect(fold('Ёлка Йогурт')).toBe('елка иогурт');
  });
  it('folds apostrophe and hyphen look-alikes', () => {
    expect(fold('don’t')).toBe("don't");
    expect(fold('donʼt')).toBe("don't");
    expect(fold('e‐mail')).toBe('e-mail');
  });
  it('drops invisible format characters', () => {
    expect(fold('sup\u00adport')).toBe('support');
    expect(fold('a\u200db')).toBe('ab');
  });
  it('folds words and whole texts alike, typographic punctuation or not', () => {
    const alphabet = [..."aZ `'-.,!?’‘“”–—…‐‑‒―‚„•\u00a0«»€£°×·‰′″‹›ÄõŠ\u0301\u00ad\u200b\u2060İ\u2000KΩ´"];
    for (const t of randomTexts(11, alphabet, 5000, 80)) expect(fold(t)).toBe(foldByDefinition(t));
    expect(fold('It’s “DONE” – isn’t it… e‐mail us, the team’s café'.repeat(3))).toBe(
      "it's “done” – isn't it… e-mail us, the team's cafe".repeat(3),
    );
  });
});

describe('indexText words', () => {
  it('keeps joiners between letters and digits inside one word', () => {
    expect(words("I don't use Wi-Fi or the WH-1000XM5, e-mail me")).toEqual([
      'I',
      "don't",
      'use',
      'Wi-Fi',
      'or',
      'the',
      'WH-1000XM5',
      'e-mail',
      'me',
    ]);
    expect(words('don’t')).toEqual(['don’t']);
    expect(norms('DON’T')).toEqual(["don't"]);
  });
  it('does not join across a space or at the edges', () => {
    expect(words("'quoted' - dash -x y-")).toEqual(['quoted', 'dash', 'x', 'y']);
  });
  it('gives UTF-16 offsets that slice back to the word', () => {
    const t = '😀 Hello, Žaneta! 👍🏽 Привет';
    const ix = indexText(t);
    expect(ix.words.map((w) => t.slice(w.start, w.end))).toEqual(['Hello', 'Žaneta', 'Привет']);
    expect(ix.words[0]!.start).toBe(3);
  });
  it('keeps combining marks and zero-width joiners inside words', () => {
    const t = 'cafe\u0301 ok sup\u00adport';
    expect(words(t)).toEqual(['cafe\u0301', 'ok', 'sup\u00adport']);
    expect(norms(t)).toEqual(['cafe', 'ok', 'support']);
  });
  it('handles right-to-left scripts', () => {
    expect(words('مرحبا بك، شكرا')).toEqual(['مرحبا', 'بك', 'شكرا']);
    expect(clauses('مرحبا بك، شكرا')).toHaveLength(2);
  });
  it('handles empty and blank text', () => {
    expect(indexText('')).toEqual({ text: '', words: [], sentences: [], clauses: [] });
    expect(indexText(' \n\t ').words).toEqual([]);
    expect(indexText(' \n\t ').sentences).toEqual([]);
  });
});

describe('indexText sentences and clauses', () => {
  it('ends sentences at . ! ? … and line breaks', () => {
    expect(sentences('Hi. Really?! Yes… ok\nNext line')).toEqual(['Hi.', 'Really?!', 'Yes…', 'ok', 'Next line']);
  });
  it('keeps closing quotes with their sentence', () => {
    expect(sentences('He said "no." Then left.')).toEqual(['He said "no."', 'Then left.']);
  });
  it('does not end a sentence inside numbers or addresses', () => {
    expect(sentences('It costs 1.5 EUR at example.com today. Bye')).toEqual([
      'It costs 1.5 EUR at example.com today.',
      'Bye',
    ]);
  });
  it('splits clauses at , ; : dashes and brackets', () => {
    expect(clauses('Hi Laura, sorry; no – we (really) can’t: sorry')).toEqual([
      'Hi Laura',
      'sorry',
      'no',
      'we',
      'really',
      'can’t',
      'sorry',
    ]);
    expect(clauses('At 10:30, pay 10,50')).toEqual(['At 10:30', 'pay 10,50']);
  });
  it('numbers sentences and clauses on every word', () => {
    const ix = indexText('One, two. Three');
    expect(ix.words.map((w) => [w.sentence, w.clause])).toEqual([
      [0, 0],
      [0, 1],
      [1, 2],
    ]);
    expect(isClauseFirst(ix.words, 0)).toBe(true);
    expect(isClauseLast(ix.words, 0)).toBe(true);
    expect(isClauseFirst(ix.words, 5)).toBe(false);
  });
  it('indexes 1 MB of text', () => {
    const t = 'Hello there, I am sorry. '.repeat(42_000);
    const ix = indexText(t);
    expect(ix.words).toHaveLength(5 * 42_000);
    expect(ix.sentences).toHaveLength(42_000);
    expect(ix.clauses).toHaveLength(84_000);
  });
});

describe('fold on ASCII words', () => {
  // The ASCII fast path must agree with the definition.
  it('gives what the general path gives, for every mix of capitals, digits, joiners and backticks', () => {
    const chars = ['a', 'Z', 'q', 'M', '0', '9', "'", '`', '-', '_', 'K', 'x'];
    for (const s of randomTexts(7, chars, 2000, 12)) expect(fold(s), s).toBe(foldByDefinition(s));
    expect(fold('Kelvin\u212a')).toBe(foldByDefinition('Kelvin\u212a'));
    expect(fold('ÕUN`S')).toBe(foldByDefinition('ÕUN`S'));
  });
});
