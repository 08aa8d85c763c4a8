/**
 * Features of the learned layer (#12): a text is read once into words, each word folded (NFKC, lower case,
 * diacritics and apostrophes dropped, digits as 0) and hashed into FNV-1a keys: character n-grams inside the
 * word with "<" ">" edge marks, the word itself, and (when a range of words is scored) word bigrams. Inflected
 * and misspelt forms share most of their n-grams ("ludzu" ≈ "lūdzu", "подожди" ≈ "подождите"). No string is
 * built per n-gram: hashes are extended one code unit at a time over the folded word.
 */

/** How a language's models read text: n-gram lengths and which extra features are on. */
export interface FeatureConfig {
  /** Shortest and longest character n-gram, edge marks included. */
  minN: number;
  maxN: number;
  /** Word bigrams within the scored range (with sentence-edge marks). */
  bigrams: boolean;
}

/** The configuration the trainer uses unless told otherwise. */
export const DEFAULT_FEATURES: FeatureConfig = { minN: 2, maxN: 4, bigrams: true };

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** One FNV-1a step: the hash `h` extended by one 16-bit code unit (as two bytes, low byte first). */
export function fnvStep(h: number, unit: number): number {
  h = Math.imul(h ^ (unit & 0xff), FNV_PRIME);
  return Math.imul(h ^ (unit >>> 8), FNV_PRIME);
}

/** FNV-1a of a string's UTF-16 code units, starting from `seed` (the offset basis by default). */
export function fnv(s: string, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
  return h;
}

// Each kind of feature starts from its own hash state, so a word and an n-gram with the same letters differ.
const SEED_GRAM = fnv('g:');
const SEED_WORD = fnv('w:');
const SEED_BIGRAM = fnv('b:');
const EDGE_OPEN = 0x3c; // '<'
const EDGE_CLOSE = 0x3e; // '>'

/** Keys of features that are not made of letters: sentence edges, capitals, position in the draft. */
export const SPECIAL = {
  /** A word of four or more capitals (shouting; acronyms are shorter). */
  caps: fnv('x:caps'),
  sentenceStart: fnv('x:<s>'),
  sentenceEnd: fnv('x:</s>'),
  first: fnv('x:first'),
  second: fnv('x:second'),
  last: fnv('x:last'),
  beforeLast: fnv('x:before-last'),
  middle: fnv('x:middle'),
  ownLine: fnv('x:own-line'),
  len1: fnv('x:len1'),
  len2: fnv('x:len2'),
  len4: fnv('x:len3-4'),
  len8: fnv('x:len5-8'),
  lenMore: fnv('x:len9+'),
} as const;

/** The key of a feature as one source sees it: a bijection of the key, so "c:" and "d:" features differ. */
export function sourceKey(key: number, salt: number): number {
  return salt === 0 ? key : Math.imul(key ^ salt, 0x2c1b3c6d) ^ salt;
}

/** Salts of the scenario model's two sources: the customer's message and the draft. */
export const SOURCE = { none: 0, customer: fnv('c:'), draft: fnv('d:') } as const;

// Fold table for code units below U+0500 (Latin, Latin-1, Latin Extended-A/B, IPA, Greek, Cyrillic): the
// folded code unit, 0 for "drop" (marks, apostrophes), 0xffff for "needs the slow path" (expands to several).
const TABLE_SIZE = 0x500;
const FOLD = new Uint16Array(TABLE_SIZE);
// 1 = word character (letter, digit, mark, or apostrophe/hyphen when inside a word), 2 = apostrophe.
const KIND = new Uint8Array(TABLE_SIZE);
const SLOW = 0xffff;
const MARK = /\p{M}/gu;
const WORDISH = /[\p{L}\p{N}\p{M}]/u;

for (let c = 0; c < TABLE_SIZE; c++) {
  const ch = String.fromCharCode(c);
  if (!WORDISH.test(ch)) continue;
  KIND[c] = 1;
  if (c >= 0x30 && c <= 0x39) {
    FOLD[c] = 0x30;
    continue;
  }
  const f = ch.normalize('NFKC').toLowerCase().normalize('NFD').replace(MARK, '');
  FOLD[c] = f.length === 0 ? 0 : f.length === 1 ? f.charCodeAt(0) : SLOW;
}
KIND[0x27] = 2; // '
KIND[0x60] = 2; // `

const APOSTROPHE_LIKE = new Set([0x2019, 0x2018, 0x02bc, 0x02b9, 0x00b4, 0x2032]);
const WORD_AT = /[\p{L}\p{N}\p{M}]/uy;
const NUMBER = /\p{N}/gu;
const APOSTROPHES = /['`’‘ʼʹ´′]/g;

/** Whether the code unit at `i` belongs to a word (letters, digits, marks); apostrophes are 2. */
function kindAt(text: string, i: number, c: number): number {
  if (c < TABLE_SIZE) return KIND[c]!;
  if (APOSTROPHE_LIKE.has(c)) return 2;
  if (c >= 0x2000 && c <= 0x2bff) return 0; // punctuation, symbols, arrows
  WORD_AT.lastIndex = i;
  return WORD_AT.test(text) ? 1 : 0;
}

/**
 * A text read into words and their features, reusable for any range of words. `feats` holds the keys of word
 * `w`'s own features (its n-grams and the word itself) at [featStart[w], featStart[w + 1]).
 */
export interface TextFeatures {
  readonly text: string;
  /** Number of tokens: words, plus "?" and "!" runs (which have no n-grams). */
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** The word's key (as a unigram), used for bigrams. */
  wordKey: Int32Array;
  /** 1 for a punctuation token ("?", "!", "?!"), which never becomes a driver. */
  punct: Uint8Array;
  featStart: Int32Array;
  feats: Int32Array;
}

/** Growable scratch for folded code units of one word. */
let unitBuf = new Uint16Array(64);

function ensureUnits(n: number): void {
  if (unitBuf.length < n) unitBuf = new Uint16Array(Math.max(n, unitBuf.length * 2));
}

/** Folds text[s, e) into unitBuf with edge marks at 0 and at the end; returns the folded length (marks included). */
function foldWord(text: string, s: number, e: number): number {
  ensureUnits(e - s + 2);
  let n = 0;
  unitBuf[n++] = EDGE_OPEN;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    let f: number;
    if (c < TABLE_SIZE) f = FOLD[c]!;
    else if (APOSTROPHE_LIKE.has(c)) f = 0;
    else f = SLOW;
    if (f === SLOW) return foldWordSlow(text, s, e);
    if (f !== 0) unitBuf[n++] = f;
  }
  unitBuf[n++] = EDGE_CLOSE;
  return n;
}

/** The general path for words with characters outside the table: a string is built once per such word. */
function foldWordSlow(text: string, s: number, e: number): number {
  const f = text
    .slice(s, e)
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(MARK, '')
    .replace(APOSTROPHES, '')
    .replace(NUMBER, '0');
  ensureUnits(f.length + 2);
  let n = 0;
  unitBuf[n++] = EDGE_OPEN;
  for (let i = 0; i < f.length; i++) unitBuf[n++] = f.charCodeAt(i);
  unitBuf[n++] = EDGE_CLOSE;
  return n;
}

function grow(a: Int32Array<ArrayBuffer>, n: number): Int32Array<ArrayBuffer> {
  if (a.length >= n) return a;
  const b = new Int32Array(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}

/** Whether text[s, e) has four or more letters and all of them capitals. */
function isShouted(text: string, s: number, e: number): boolean {
  if (e - s < 4) return false;
  let letters = 0;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x61 && c <= 0x7a) return false;
      if (c >= 0x41 && c <= 0x5a) letters++;
      continue;
    }
    const ch = text[i]!;
    const up = ch.toUpperCase();
    if (up === ch.toLowerCase()) continue;
    if (ch !== up) return false;
    letters++;
  }
  return letters >= 4;
}

const QUESTION = 0x3f;
const BANG = 0x21;
const PUNCT_KEYS = { q: fnv('p:?'), b: fnv('p:!'), qb: fnv('p:?!'), bb: fnv('p:!!') };

/** Reads a text into words and their features (character n-grams of the folded word, the word itself). */
export function extractFeatures(text: string, config: FeatureConfig): TextFeatures {
  const { minN, maxN } = config;
  // Sized for ordinary prose up to 20,000 characters (a word per five characters, three to four n-grams per
  // character) so they rarely grow; longer texts grow as they go.
  const len0 = Math.min(text.length, 20_000);
  let st = new Int32Array((len0 >> 2) + 8);
  let en = new Int32Array(st.length);
  let wk = new Int32Array(st.length);
  let pu = new Int32Array(st.length);
  let fs = new Int32Array(st.length + 1);
  let feats = new Int32Array(len0 * 4 + 64);
  let count = 0;
  let nf = 0;
  const len = text.length;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    const kind = kindAt(text, i, c);
    if (kind !== 1 && c !== QUESTION && c !== BANG) {
      i++;
      continue;
    }
    if (count + 2 > st.length) {
      st = grow(st, count + 2);
      en = grow(en, st.length);
      wk = grow(wk, st.length);
      pu = grow(pu, st.length);
      fs = grow(fs, st.length + 1);
    }
    if (c === QUESTION || c === BANG) {
      // A run of ? and ! is one token: "?", "!", "?!" (any mix) or "!!".
      const s = i;
      let q = false;
      let b = 0;
      while (i < len) {
        const d = text.charCodeAt(i);
        if (d === QUESTION) q = true;
        else if (d === BANG) b++;
        else break;
        i++;
      }
      st[count] = s;
      en[count] = i;
      wk[count] = q && b > 0 ? PUNCT_KEYS.qb : b > 1 ? PUNCT_KEYS.bb : q ? PUNCT_KEYS.q : PUNCT_KEYS.b;
      pu[count] = 1;
      fs[count] = nf;
      feats = grow(feats, nf + 1);
      feats[nf++] = wk[count]!;
      count++;
      continue;
    }
    // A word: word characters, with apostrophes and hyphens kept only between two word characters.
    const s = i;
    i++;
    while (i < len) {
      const d = text.charCodeAt(i);
      const k = kindAt(text, i, d);
      if (k === 1) {
        i++;
        continue;
      }
      if (k === 2 && i + 1 < len && kindAt(text, i + 1, text.charCodeAt(i + 1)) === 1) {
        i += 2;
        continue;
      }
      break;
    }
    const e = i;
    const n = foldWord(text, s, e);
    st[count] = s;
    en[count] = e;
    pu[count] = 0;
    fs[count] = nf;
    // n-grams of lengths minN..maxN at every position of "<word>", plus the whole word and shouting.
    feats = grow(feats, nf + (n + 1) * (maxN - minN + 1) + 2);
    for (let p = 0; p < n; p++) {
      let h = SEED_GRAM;
      const top = Math.min(n, p + maxN);
      for (let q = p; q < top; q++) {
        h = fnvStep(h, unitBuf[q]!);
        if (q - p + 1 >= minN) feats[nf++] = h;
      }
    }
    let w = SEED_WORD;
    for (let p = 1; p < n - 1; p++) w = fnvStep(w, unitBuf[p]!);
    wk[count] = w;
    feats[nf++] = w;
    if (isShouted(text, s, e)) feats[nf++] = SPECIAL.caps;
    count++;
  }
  fs[count] = nf;
  return {
    text,
    count,
    start: st,
    end: en,
    wordKey: wk,
    punct: new Uint8Array(pu.subarray(0, count)),
    featStart: fs,
    feats,
  };
}

/** The key of the bigram of two word keys (or of a word and a sentence edge). */
export function bigramKey(a: number, b: number): number {
  return fnvStep(fnvStep(fnvStep(SEED_BIGRAM, a & 0xffff), a >>> 16), b & 0xffff) ^ Math.imul(b >>> 16, FNV_PRIME);
}

/** Where a sentence stands in its draft, for the role model (greetings come first, signatures last). */
export interface SentenceContext {
  /** 0-based index of the sentence among the draft's sentences, and how many there are. */
  index: number;
  count: number;
  /** The sentence is alone on its line (a greeting line, a sign-off, a signature). */
  ownLine?: boolean;
}

/** The extra keys a sentence's place in the draft and its length give. */
export function contextKeys(ctx: SentenceContext | undefined, words: number, out: number[]): void {
  out.length = 0;
  out.push(
    words <= 1
      ? SPECIAL.len1
      : words === 2
        ? SPECIAL.len2
        : words <= 4
          ? SPECIAL.len4
          : words <= 8
            ? SPECIAL.len8
            : SPECIAL.lenMore,
  );
  if (!ctx) return;
  const { index, count } = ctx;
  if (index === 0) out.push(SPECIAL.first);
  else if (index === 1) out.push(SPECIAL.second);
  if (index === count - 1) out.push(SPECIAL.last);
  else if (index === count - 2) out.push(SPECIAL.beforeLast);
  if (index > 1 && index < count - 2) out.push(SPECIAL.middle);
  if (ctx.ownLine) out.push(SPECIAL.ownLine);
}

/**
 * Calls `visit(key, word, word2)` for every feature of words [w0, w1) of `tf`: each word's own features, then
 * the bigrams (with sentence-edge marks) when the config has them. `word2` is the second word of a bigram, -1
 * otherwise; `word` is -1 for an edge. Returns the number of features visited.
 */
export function forEachFeature(
  tf: TextFeatures,
  w0: number,
  w1: number,
  config: FeatureConfig,
  visit: (key: number, word: number, word2: number) => void,
): number {
  let n = 0;
  const { feats, featStart, wordKey } = tf;
  for (let w = w0; w < w1; w++) {
    const e = featStart[w + 1]!;
    for (let f = featStart[w]!; f < e; f++) {
      visit(feats[f]!, w, -1);
      n++;
    }
  }
  if (config.bigrams && w1 > w0) {
    visit(bigramKey(SPECIAL.sentenceStart, wordKey[w0]!), w0, -1);
    for (let w = w0; w + 1 < w1; w++) visit(bigramKey(wordKey[w]!, wordKey[w + 1]!), w, w + 1);
    visit(bigramKey(wordKey[w1 - 1]!, SPECIAL.sentenceEnd), w1 - 1, -1);
    n += w1 - w0 + 1;
  }
  return n;
}

/** The number of features forEachFeature visits for words [w0, w1). */
export function featureCount(tf: TextFeatures, w0: number, w1: number, config: FeatureConfig): number {
  if (w1 <= w0) return 0;
  return tf.featStart[w1]! - tf.featStart[w0]! + (config.bigrams ? w1 - w0 + 1 : 0);
}

/** The first word at or after offset `at` (binary search over word starts). */
export function wordAt(tf: TextFeatures, at: number): number {
  let lo = 0;
  let hi = tf.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tf.end[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
