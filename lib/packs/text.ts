/**
 * The text model of the phrase language (see ./PATTERNS.md): a text is split once into words, clauses and
 * sentences; every pattern then matches against the folded words. One left-to-right pass, linear in the text.
 */
import type { Span, TextIndex, Word } from './api';
import { rememberByString } from './remember';

// Apostrophe look-alikes that people type (or keyboards substitute) for "'".
const APOSTROPHES = /[’‘ʼʹ`´′]/g;
// Hyphen look-alikes that join words like "e‐mail".
const HYPHENS = /[‐‑]/g;
// Combining marks (diacritics after NFD) and invisible format characters (zero-width joiners, soft hyphens…).
const MARKS_AND_FORMAT = /[\p{M}\p{Cf}]/gu;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Folds a word or pattern for matching: lower case, no diacritics (NFD then marks removed, so ё→е and й→и),
 * no invisible format characters, and every apostrophe/hyphen look-alike replaced by ' and -.
 */
export function fold(s: string): string {
  // ASCII (most words of most drafts): only capitals and the backtick change, and an already folded word is
  // returned as it is. Typographic punctuation and signs (’ “ ” – — … € °) have no diacritics to lose, so a
  // text of ASCII and such signs only needs its look-alikes replaced.
  let upper = false;
  let tick = false;
  let plain = true;
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) {
      ascii = false;
      if (isPlainSymbol(c)) continue;
      plain = false;
      break;
    }
    if (c >= 0x41 && c <= 0x5a) upper = true;
    else if (c === 0x60) tick = true;
  }
  if (ascii) {
    const lower = upper ? s.toLowerCase() : s;
    return tick ? lower.replace(APOSTROPHES, "'") : lower;
  }
  if (plain && s.length > MAX_FOLDED_LENGTH) {
    return (upper ? s.toLowerCase() : s).replace(APOSTROPHES, "'").replace(HYPHENS, '-');
  }
  // Other words come back in every text of an analysis (and in the next one): each is folded once.
  return s.length <= MAX_FOLDED_LENGTH ? foldWord(s) : foldOther(s);
}

/** fold's general path: lower case, NFD, marks and format characters dropped, look-alikes replaced. */
function foldOther(s: string): string {
  const lower = s.toLowerCase();
  return !NON_ASCII.test(lower)
    ? lower.indexOf('`') < 0
      ? lower
      : lower.replace(APOSTROPHES, "'")
    : lower.normalize('NFD').replace(MARKS_AND_FORMAT, '').replace(APOSTROPHES, "'").replace(HYPHENS, '-');
}

// Latin-1 signs that no normalisation changes: no-break space ¢ £ ¥ § © « ® ° ± · » × ÷.
const PLAIN_LATIN1 = new Set([0xa0, 0xa2, 0xa3, 0xa5, 0xa7, 0xa9, 0xab, 0xae, 0xb0, 0xb1, 0xb7, 0xbb, 0xd7, 0xf7]);

/**
 * True for typographic punctuation and signs that have no capitals, no diacritics to drop and are no format
 * characters: dashes, quotes, … ‰ ′ ‹ › (U+2010–2027, U+2030–205E), currency signs (U+20A0–20C0), and PLAIN_LATIN1.
 */
function isPlainSymbol(c: number): boolean {
  return (
    (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e) || (c >= 0x20a0 && c <= 0x20c0) || PLAIN_LATIN1.has(c)
  );
}

// Folded non-ASCII words, by the word as written; longer strings (whole texts) are not kept.
const foldWord = rememberByString(foldOther, 20_000);
const MAX_FOLDED_LENGTH = 40;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const FORMAT = /\p{Cf}/u;
const SPACE = /\s/u;

/** True when text[i] is whitespace (as /\s/ says; ASCII is decided without a regular expression). */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true;
  return c > 0x7f && SPACE.test(text[i]!);
}

// Character classes, decided per code point.
enum K {
  Alnum, // letter or digit
  Mark, // combining mark: part of a word
  Format, // zero-width/format: invisible, transparent inside a word
  Space,
  LineBreak, // ends a sentence outright
  Terminator, // . ! ? … (ends a sentence)
  Separator, // , ; : – — - ( ) … (ends a clause)
  Other, // symbols, emoji, quotes: content that is not a word
}

const TERMINATORS = new Set([
  0x2e, // .
  0x21, // !
  0x3f, // ?
  0x2026, // …
  0x203c, // ‼
  0x2047,
  0x2048,
  0x2049,
  0x3002, // 。
  0xff01, // ！
  0xff1f, // ？
  0xff0e, // ．
  0x061f, // ؟
  0x06d4, // ۔
  0x0964, // ।
  0x0965,
  0x0589, // ։
]);
const LINE_BREAKS = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]);
const SEPARATORS = new Set([
  0x2c, // ,
  0x3b, // ;
  0x3a, // :
  0x2013, // –
  0x2014, // —
  0x2012, // ‒
  0x2015, // ―
  0x2d, // - (only when not joining two letters/digits)
  0x2010, // ‐ (idem)
  0x2011, // non-breaking hyphen (idem)
  0x2212, // − minus
  0x28, // (
  0x29, // )
  0x5b, // [
  0x5d, // ]
  0x7b, // {
  0x7d, // }
  0x060c, // ،
  0x061b, // ؛
  0xff0c, // ，
  0xff1b, // ；
  0xff1a, // ：
  0x3001, // 、
]);
// Joiners: inside a word when they stand between two letters/digits (don't, Wi-Fi, WH-1000XM5).
const JOINERS = new Set([0x27, 0x2019, 0x2d, 0x2010, 0x2011]);
// Closing quotes and brackets that still belong to a sentence after its terminator: He said "no."
const CLOSERS = new Set([0x22, 0x27, 0x201d, 0x2019, 0xbb, 0x203a, 0x29, 0x5d, 0x7d, 0x300d, 0x300f]);
// Quotes that open as well as close: after a terminator they close only when no word follows at once.
const AMBIGUOUS_QUOTES = new Set([0x22, 0x27, 0x2019, 0x201d]);

function classify(cp: number): K {
  if (cp < 0x80) {
    if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39)) return K.Alnum;
    if (cp === 0x20 || cp === 0x09) return K.Space;
  }
  if (LINE_BREAKS.has(cp)) return K.LineBreak;
  if (TERMINATORS.has(cp)) return K.Terminator;
  if (SEPARATORS.has(cp)) return K.Separator;
  if (cp < 0x80) return cp <= 0x20 || cp === 0x7f ? K.Space : K.Other;
  const ch = String.fromCodePoint(cp);
  if (LETTER_OR_DIGIT.test(ch)) return K.Alnum;
  if (MARK.test(ch)) return K.Mark;
  if (FORMAT.test(ch)) return K.Format;
  if (SPACE.test(ch)) return K.Space;
  return K.Other;
}

/** Reads the code point at `i` (a lone surrogate reads as itself). */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

const isDigit = (cp: number) => cp >= 0x30 && cp <= 0x39;

/**
 * Splits a text into words, clauses and sentences (UTF-16 offsets into `text`), as PATTERNS.md describes.
 * Linear in the length of the text; never throws.
 */
export function indexText(text: string): TextIndex {
  const words: Word[] = [];
  const sentences: Span[] = [];
  const clauses: Span[] = [];
  // `ending`: the open sentence has seen its terminator; closing quotes/brackets and more terminators still join it.
  const st: { sentence: Span | null; clause: Span | null; ending: boolean } = {
    sentence: null,
    clause: null,
    ending: false,
  };
  const n = text.length;

  const openSentence = (at: number): Span => {
    if (st.ending) {
      st.sentence = null;
      st.ending = false;
    }
    if (!st.sentence) {
      st.sentence = { start: at, end: at };
      sentences.push(st.sentence);
      st.clause = null;
    }
    return st.sentence;
  };
  const openClause = (at: number): Span => {
    if (!st.clause) {
      st.clause = { start: at, end: at };
      clauses.push(st.clause);
    }
    return st.clause;
  };

  let i = 0;
  // The class and code point of the previous code point, to decide joiners and "1.5".
  let prevCp = -1;
  while (i < n) {
    const cp = codePointAt(text, i);
    const len = cp > 0xffff ? 2 : 1;
    const kind = classify(cp);
    if (kind === K.Alnum || kind === K.Mark) {
      // A word: letters, digits and marks, with joiners between letters/digits and format characters inside.
      let j = i + len;
      let end = j;
      let lastAlnum = kind === K.Alnum;
      // Whether the word is ASCII (then folding it is lower-casing it) and has capitals.
      let ascii = cp < 0x80;
      let upper = cp >= 0x41 && cp <= 0x5a;
      while (j < n) {
        // ASCII letters and digits, the bulk of most words, without the general classification.
        const u = text.charCodeAt(j);
        if ((u >= 0x61 && u <= 0x7a) || (u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5a)) {
          if (u <= 0x5a && u >= 0x41) upper = true;
          lastAlnum = true;
          j++;
          end = j;
          continue;
        }
        const c2 = codePointAt(text, j);
        const l2 = c2 > 0xffff ? 2 : 1;
        if (c2 >= 0x80) ascii = false;
        else if (c2 >= 0x41 && c2 <= 0x5a) upper = true;
        const k2 = classify(c2);
        if (k2 === K.Alnum) {
          lastAlnum = true;
          j += l2;
          end = j;
        } else if (k2 === K.Mark) {
          j += l2;
          end = j;
        } else if (k2 === K.Format) {
          j += l2;
        } else if (JOINERS.has(c2) && lastAlnum && end === j && j + l2 < n) {
          const next = codePointAt(text, j + l2);
          if (classify(next) !== K.Alnum) break;
          j += l2;
        } else break;
      }
      const s = openSentence(i);
      const c = openClause(i);
      const written = text.slice(i, end);
      words.push({
        start: i,
        end,
        norm: !ascii ? fold(written) : upper ? written.toLowerCase() : written,
        sentence: sentences.length - 1,
        clause: clauses.length - 1,
      });
      s.end = end;
      c.end = end;
      prevCp = codePointAt(text, end - 2 >= i && isLowSurrogate(text.charCodeAt(end - 1)) ? end - 2 : end - 1);
      i = end;
      continue;
    }
    const nextCp = i + len < n ? codePointAt(text, i + len) : -1;
    switch (kind) {
      case K.LineBreak:
        st.sentence = null;
        st.clause = null;
        st.ending = false;
        break;
      case K.Terminator: {
        // "1.5", "example.com": a dot between two letters/digits ends nothing.
        const inner =
          cp === 0x2e &&
          prevCp >= 0 &&
          classify(prevCp) === K.Alnum &&
          nextCp >= 0 &&
          classify(nextCp) === K.Alnum &&
          !st.ending;
        if (inner || (cp === 0x2e && !st.ending && ordinalDot(text, i, words))) {
          const s = openSentence(i);
          s.end = i + len;
          break;
        }
        if (st.sentence) {
          st.sentence.end = i + len;
          st.ending = true;
          st.clause = null;
        }
        break;
      }
      case K.Separator: {
        if (st.ending && st.sentence && CLOSERS.has(cp)) {
          st.sentence.end = i + len;
          break;
        }
        // "10,5" and "10:30": a comma or colon between two digits ends nothing.
        if ((cp === 0x2c || cp === 0x3a) && isDigit(prevCp) && isDigit(nextCp) && !st.ending) {
          const s = openSentence(i);
          s.end = i + len;
          if (st.clause) st.clause.end = i + len;
          break;
        }
        const s = openSentence(i);
        s.end = i + len;
        st.clause = null;
        break;
      }
      case K.Space:
      case K.Format:
        break;
      default: {
        const opens = AMBIGUOUS_QUOTES.has(cp) && nextCp >= 0 && classify(nextCp) === K.Alnum;
        if (st.ending && st.sentence && CLOSERS.has(cp) && !opens) {
          st.sentence.end = i + len;
          break;
        }
        const s = openSentence(i);
        const c = openClause(i);
        s.end = i + len;
        c.end = i + len;
      }
    }
    if (kind !== K.Space && kind !== K.Format) prevCp = cp;
    else prevCp = -1;
    i += len;
  }
  return { text, words, sentences, clauses };
}

// Month names of the four languages, folded (no diacritics), with their case endings: "20. Juuni", "5. Martā".
const MONTH = new RegExp(
  `^(?:${[
    'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|may|june|july|august|september|october|november|december',
    '(?:jaanuar|veebruar|marts|aprill|mai|juuni|juuli|august|september|oktoober|november|detsember|septembri|oktoobri|novembri|detsembri)(?:i|il|ist|iks|ini|s|t|ks|l|ni|st|le|lt)?',
    '(?:janvar|februar|mart|april|maij|junij|julij|august|septembr|oktobr|novembr|decembr)(?:s|is|i|a|am|im|u)?',
    'январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[яи]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]',
  ].join('|')})$`,
  'u',
);
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

/**
 * True when the full stop at `i` ends an ordinal number, not a sentence: it follows a number of at most
 * four digits ("20.", "5.") and a lower-case word or a month name follows ("20. juunit", "5. martā",
 * "18. līdz 20. septembrim"). Estonian and Latvian write dates this way; the date belongs to its sentence.
 */
function ordinalDot(text: string, i: number, words: readonly Word[]): boolean {
  const last = words[words.length - 1];
  if (!last || last.end !== i || last.end - last.start > 4 || !/^\d+$/.test(text.slice(last.start, last.end)))
    return false;
  let j = i + 1;
  while (j < text.length && (text[j] === ' ' || text[j] === '\u00a0' || text[j] === '\t')) j++;
  if (j === i + 1 || j >= text.length) return false;
  const ch = text[j] ?? '';
  if (LOWER.test(ch)) return true;
  if (!LETTER.test(ch)) return false;
  let k = j;
  while (k < text.length && k - j < 12 && LETTER.test(text[k] ?? '')) k++;
  return MONTH.test(fold(text.slice(j, k)));
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** True when word `i` is the first word of its clause. */
export function isClauseFirst(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (!w) return false;
  return i === 0 || words[i - 1]!.clause !== w.clause;
}

/** True when word `i` is the last word of its clause. */
export function isClauseLast(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (!w) return false;
  return i === words.length - 1 || words[i + 1]!.clause !== w.clause;
}
