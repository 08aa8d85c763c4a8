/**
 * Sentence and clause splitting for the rewrite. Unlike the matcher's text model, it keeps ordinal dates
 * together ("2. märts", "18. līdz 20. septembrim", "15. novembril"): a full stop followed by a lower-case
 * word does not end a sentence, so a date is never cut in two when a sentence is kept or dropped.
 */
import { isSpaceAt } from '../packs/text';

/** A sentence of the draft: UTF-16 offsets, and what separated it from the sentence before. */
export interface Sentence {
  start: number;
  end: number;
  /** ' ' within a line, '\n' after a line break, '\n\n' after a blank line (a new paragraph). */
  breakBefore: ' ' | '\n' | '\n\n';
}

/** A clause of a sentence (without its separator) and the separator text that follows it. */
export interface Clause {
  start: number;
  end: number;
}

// Characters tested one at a time, by code: sentence ends, closing quotes and brackets, clause separators.
const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const TERMINATOR = codes('.!?…‼⁇⁈⁉。！？');
const CLOSER = codes('"\'”’»›)]');
const CLAUSE_SEP = codes(',;:–—()');
const LOWER = /\p{Ll}/u;
const DIGIT = /\d/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
// Abbreviations that stand before a number: "plkst. 12", "kl. 9", "nr. 5", "tel. 5555", "ул. Ленина, д. 5".
const BEFORE_NUMBER = new Set(
  'plkst pulkst kl nr tel mob lk lpp str mnt tn ca apm approx ок ул д кв стр ст тел г'.split(' '),
);

// Abbreviations that stand before a name as well: "ул. Ленина", "пр. Мира", "г. Рига".
const BEFORE_NAME = new Set('ул пр пер г'.split(' '));

/** The word that ends just before `at` (letters only), in lower case. */
function wordBefore(text: string, at: number): string {
  let a = at;
  while (a > 0 && /\p{L}/u.test(text[a - 1] ?? '')) a--;
  return text.slice(a, at).toLowerCase();
}

function isLower(ch: string | undefined): boolean {
  return ch !== undefined && LOWER.test(ch);
}

/**
 * Splits `text[from, to)` into sentences. Sentences end at . ! ? … (with closing quotes/brackets), at line
 * breaks, and at the end of the range; a full stop followed by a lower-case letter, a digit after a number
 * ("20. juunit", "1. 2.") or a number or a name after an abbreviation ("plkst. 12", "ул. Ленина, д. 5") does not end one.
 */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const out: Sentence[] = [];
  let i = from;
  let pendingBreak: Sentence['breakBefore'] = ' ';
  while (i < to) {
    // Skip whitespace, remembering line breaks.
    let newlines = 0;
    while (i < to && isSpaceAt(text, i)) {
      if (text[i] === '\n') newlines++;
      i++;
    }
    if (i >= to) break;
    if (out.length > 0) pendingBreak = newlines >= 2 ? '\n\n' : newlines === 1 ? '\n' : ' ';
    const start = i;
    let end = to;
    while (i < to) {
      const c = text.charCodeAt(i);
      // Letters and spaces, most of a sentence, end nothing.
      if ((c >= 0x61 && c <= 0x7a) || c === 0x20 || (c >= 0x41 && c <= 0x5a)) {
        i++;
        continue;
      }
      if (c === 0x0a || c === 0x0d) {
        end = i;
        break;
      }
      if (TERMINATOR.has(c)) {
        const ch = text[i] ?? '';
        let j = i + 1;
        while (j < to && (TERMINATOR.has(text.charCodeAt(j)) || CLOSER.has(text.charCodeAt(j)))) j++;
        // A dot inside a word or number ("example.com", "1.5") ends nothing.
        if (ch === '.' && j < to && !isSpaceAt(text, j)) {
          i = j;
          continue;
        }
        let k = j;
        while (k < to && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00a0')) k++;
        const next = text[k];
        const prev = text[i - 1];
        const ordinal = ch === '.' && DIGIT.test(prev ?? '') && (isLower(next) || DIGIT.test(next ?? ''));
        const short = ch === '.' && j === i + 1 ? wordBefore(text, i) : '';
        const abbreviation =
          short !== '' &&
          ((DIGIT.test(next ?? '') && BEFORE_NUMBER.has(short)) ||
            (WORD_CHAR.test(next ?? '') && BEFORE_NAME.has(short)));
        if (k < to && ch === '.' && (isLower(next) || ordinal || abbreviation)) {
          i = j;
          continue;
        }
        end = j;
        i = j;
        break;
      }
      i++;
    }
    // Trim trailing spaces of a sentence ended by a line break or the end of the range.
    let e = end;
    while (e > start && isSpaceAt(text, e - 1)) e--;
    if (e > start) out.push({ start, end: e, breakBefore: out.length === 0 ? ' ' : pendingBreak });
    i = Math.max(i, end);
  }
  return out;
}

/**
 * Splits a sentence into clauses at , ; : – — ( ) and a spaced hyphen, but not inside numbers ("38,40",
 * "10:30", "9–17"). Clause offsets exclude the separators and surrounding spaces.
 */
export function splitClauses(text: string, start: number, end: number): Clause[] {
  const out: Clause[] = [];
  let cs = start;
  const push = (a: number, b: number) => {
    let s = a;
    let e = b;
    while (s < e && isSpaceAt(text, s)) s++;
    while (e > s && isSpaceAt(text, e - 1)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = start; i < end; i++) {
    const ch = text[i] ?? '';
    let sep = CLAUSE_SEP.has(text.charCodeAt(i));
    if (ch === '-' || ch === '‐') sep = text[i - 1] === ' ' && text[i + 1] === ' ';
    if (sep && (ch === ',' || ch === ':' || ch === '–' || ch === '—')) {
      if (DIGIT.test(text[i - 1] ?? '') && DIGIT.test(text[i + 1] ?? '')) sep = false;
    }
    if (sep) {
      push(cs, i);
      cs = i + 1;
    }
  }
  push(cs, end);
  return out;
}

/** Length (1 or 2 code units) of the letter or digit at s[i], or 0 when there is none. */
function wordCharAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  const cp = s.codePointAt(i)!;
  return WORD_CHAR.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
}

/**
 * Number of words in a piece of text: runs of letters and digits, with ' ’ - joining two runs ("don't",
 * "e-mail"); counted the way a global match of [\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)* would count them, without
 * making the strings.
 */
export function countWords(s: string): number {
  let n = 0;
  let i = 0;
  while (i < s.length) {
    let w = wordCharAt(s, i);
    if (w === 0) {
      i++;
      continue;
    }
    n++;
    for (;;) {
      while (w > 0) {
        i += w;
        w = wordCharAt(s, i);
      }
      const c = s.charCodeAt(i);
      if (c !== 0x27 && c !== 0x2019 && c !== 0x2d) break;
      w = wordCharAt(s, i + 1);
      if (w === 0) break;
      i++;
    }
  }
  return n;
}
