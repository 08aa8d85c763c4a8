import { describe, expect, it } from 'vitest';
import { decodeKeys, encodeKeys, fromBase64, toBase64 } from '../../../lib/model/bytes';
import { DEFAULT_FEATURES, extractFeatures, fnv, wordAt } from '../../../lib/model/features';

const cfg = DEFAULT_FEATURES;

/** The set of keys of a one-word text's own features (n-grams and the word). */
function keysOf(word: string): Set<number> {
  const tf = extractFeatures(word, cfg);
  expect(tf.count).toBe(1);
  return new Set(tf.feats.subarray(tf.featStart[0]!, tf.featStart[1]!));
}

/** How many of the smaller set's keys the other has too. */
function shared(a: Set<number>, b: Set<number>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const k of small) if (big.has(k)) n++;
  return n / small.size;
}

describe('model features', () => {
  it('fold case, diacritics, ё, apostrophes and digits, so written variants are one feature set', () => {
    expect(keysOf('lūdzu')).toEqual(keysOf('ludzu'));
    expect(keysOf('Lūdzu')).toEqual(keysOf('ludzu'));
    // In capitals it is the same word, shouted.
    expect(keysOf('LŪDZU')).toEqual(new Set([...keysOf('ludzu'), fnv('x:caps')]));
    expect(keysOf('ещё')).toEqual(keysOf('еще'));
    expect(keysOf('Jõulud')).toEqual(keysOf('joulud'));
    expect(keysOf("don't")).toEqual(keysOf('dont'));
    expect(keysOf('don’t')).toEqual(keysOf('dont'));
    expect(keysOf('121')).toEqual(keysOf('987'));
    // NFKC: a full-width word reads as its ASCII form.
    expect(keysOf('ＰＩＮ')).toEqual(keysOf('pin'));
    expect(keysOf('tellimus')).not.toEqual(keysOf('tellija'));
  });

  it('let inflected and misspelt forms share most of their n-grams', () => {
    expect(shared(keysOf('подождите'), keysOf('подожди'))).toBeGreaterThan(0.6);
    expect(shared(keysOf('tellimuse'), keysOf('tellimust'))).toBeGreaterThan(0.6);
    expect(shared(keysOf('atvainojamies'), keysOf('atvainojos'))).toBeGreaterThan(0.4);
    expect(shared(keysOf('recieve'), keysOf('receive'))).toBeGreaterThan(0.3);
    // Unrelated words share little.
    expect(shared(keysOf('refund'), keysOf('подожди'))).toBe(0);
    expect(shared(keysOf('parcel'), keysOf('unfortunately'))).toBeLessThan(0.15);
  });

  it('give n-grams of 2 to 4 units of "<word>" plus the word itself', () => {
    // "<ab>" has 3 bigrams, 2 trigrams, 1 four-gram: 6 n-grams, plus the word.
    expect(keysOf('ab').size).toBe(7);
    const tf = extractFeatures('ab ab', cfg);
    expect(tf.wordKey[0]).toBe(tf.wordKey[1]);
  });

  it('keep word offsets into the original text and read "?" and "!" runs as tokens', () => {
    const text = '  Tere, Märt!! Kas   e-pood töötab?! Jah.';
    const tf = extractFeatures(text, cfg);
    const words = Array.from({ length: tf.count }, (_, i) => text.slice(tf.start[i]!, tf.end[i]!));
    expect(words).toEqual(['Tere', 'Märt', '!!', 'Kas', 'e', 'pood', 'töötab', '?!', 'Jah']);
    expect(Array.from(tf.punct)).toEqual([0, 0, 1, 0, 0, 0, 0, 1, 0]);
    expect(wordAt(tf, 0)).toBe(0);
    expect(wordAt(tf, text.indexOf('Kas'))).toBe(3);
    expect(wordAt(tf, text.indexOf('Kas') - 1)).toBe(3);
    expect(wordAt(tf, text.length)).toBe(tf.count);
  });

  it('mark shouted words (four capitals or more), not acronyms', () => {
    const caps = fnv('x:caps');
    const has = (t: string) => Array.from(extractFeatures(t, cfg).feats).includes(caps);
    expect(has('NOBODY called')).toBe(true);
    expect(has('НИКТО не звонил')).toBe(true);
    expect(has('my PIN and SMS')).toBe(false);
  });

  it('read any text without throwing, surrogate pairs and lone surrogates included', () => {
    const odd = 'a\u{1F600}b \uD800 ﬁx İstanbul ß Straße 日本語 ١٢٣ x\u0301y';
    const tf = extractFeatures(odd, cfg);
    for (let i = 0; i < tf.count; i++) {
      expect(tf.start[i]!).toBeLessThan(tf.end[i]!);
      expect(tf.end[i]!).toBeLessThanOrEqual(odd.length);
    }
    expect(extractFeatures('', cfg).count).toBe(0);
    // Many words: every word's features are where featStart says (the arrays grow together).
    const long = Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? 'Why?!' : `w${i % 50}ord`)).join(' ');
    const many = extractFeatures(long, cfg);
    expect(many.count).toBe(3000 + Math.ceil(3000 / 7));
    for (let i = 0; i < many.count; i++) expect(many.featStart[i + 1]!).toBeGreaterThan(many.featStart[i]!);
    expect(many.featStart[many.count]).toBeLessThanOrEqual(many.feats.length);
    expect(many.end[many.count - 1]).toBe(long.length);
    expect(extractFeatures('x'.repeat(50_000), cfg).count).toBe(1);
  });
});

describe('model file bytes', () => {
  it('round-trip base64 of every length', () => {
    for (let n = 0; n < 10; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 13) & 0xff);
      expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    }
    expect(toBase64(new TextEncoder().encode('Tact'))).toBe('VGFjdA==');
    expect(() => fromBase64('ab!d')).toThrow();
  });

  it('round-trip sorted keys as varint deltas, signed on the way back', () => {
    const keys = [0, 1, 127, 128, 300, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1];
    expect(Array.from(decodeKeys(encodeKeys(keys), keys.length))).toEqual(keys.map((k) => k | 0));
    expect(() => encodeKeys([5, 3])).toThrow();
    expect(() => decodeKeys(encodeKeys([1, 2]), 3)).toThrow();
  });
});
