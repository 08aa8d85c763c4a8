/**
 * Sentence and clause splitting for the rewrite. Unlike the matcher's text model, it keeps ordinal dates
 * together ("2. märts", "18. līdz 20. septembrim", "15. novembril"): a full stop followed by a lower-case
 * word does not end a sentence, so a date is never cut in two when a sentence is kept or dropped.
 */

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

const TERMINATOR = /[.!?…‼⁇⁈⁉。！？]/;
const CLOSER = /["'”’»›)\]]/;
const SPACE = /\s/;
const LOWER = /\p{Ll}/u;
const DIGIT = /\d/;

function isLower(ch: string | undefined): boolean {
  return ch !== undefined && LOWER.test(ch);
}

/**
 * Splits `text[from, to)` into sentences. Sentences end at . ! ? … (with closing quotes/brackets), at line
 * breaks, and at the end of the range; a full stop followed by a lower-case letter or a digit after a number
 * ("20. juunit", "1. 2.") does not end one.
 */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const out: Sentence[] = [];
  let i = from;
  let pendingBreak: Sentence['breakBefore'] = ' ';
  while (i < to) {
    // Skip whitespace, remembering line breaks.
    let newlines = 0;
    while (i < to && SPACE.test(text[i] ?? '')) {
      if (text[i] === '\n') newlines++;
      i++;
    }
    if (i >= to) break;
    if (out.length > 0) pendingBreak = newlines >= 2 ? '\n\n' : newlines === 1 ? '\n' : ' ';
    const start = i;
    let end = to;
    while (i < to) {
      const ch = text[i] ?? '';
      if (ch === '\n' || ch === '\r') {
        end = i;
        break;
      }
      if (TERMINATOR.test(ch)) {
        let j = i + 1;
        while (j < to && (TERMINATOR.test(text[j] ?? '') || CLOSER.test(text[j] ?? ''))) j++;
        // A dot inside a word or number ("example.com", "1.5") ends nothing.
        if (ch === '.' && j < to && !SPACE.test(text[j] ?? '')) {
          i = j;
          continue;
        }
        let k = j;
        while (k < to && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00a0')) k++;
        const next = text[k];
        const prev = text[i - 1];
        const ordinal = ch === '.' && DIGIT.test(prev ?? '') && (isLower(next) || DIGIT.test(next ?? ''));
        if (k < to && ch === '.' && (isLower(next) || ordinal)) {
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
    while (e > start && SPACE.test(text[e - 1] ?? '')) e--;
    if (e > start) out.push({ start, end: e, breakBefore: out.length === 0 ? ' ' : pendingBreak });
    i = Math.max(i, end);
  }
  return out;
}

const CLAUSE_SEP = /[,;:–—()]/;

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
    while (s < e && SPACE.test(text[s] ?? '')) s++;
    while (e > s && SPACE.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = start; i < end; i++) {
    const ch = text[i] ?? '';
    let sep = CLAUSE_SEP.test(ch);
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

/** Number of words in a piece of text. */
export function countWords(s: string): number {
  return s.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
