/**
 * Runs of characters found by character code, for the engine's passes over a text that look for words of their
 * own kind (facts, names, language votes). ASCII is decided without a regular expression.
 */

const LETTER_DIGIT_MARK = /[\p{L}\p{N}\p{M}]/u;
const LETTER_MARK = /[\p{L}\p{M}]/u;

/** True for a letter, digit or combining mark. */
export function isWordChar(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39);
  return LETTER_DIGIT_MARK.test(String.fromCodePoint(cp));
}

/** True for a letter or combining mark. */
export function isLetterOrMark(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a);
  return LETTER_MARK.test(String.fromCodePoint(cp));
}

/** The code point at i, reading no further than `end` (half a surrogate pair there stands alone). */
export function codePointBefore(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/**
 * Calls `visit(a, b)` for every run of text[start, end) made of characters `isPart` accepts, a character of
 * `joiners` staying inside a run when such a character follows it ("e-mail", "don't", "12.03.2025"), and for
 * every character of `alone` outside a run (a symbol that is a token of its own). A visit that returns false stops.
 */
export function eachRun(
  text: string,
  start: number,
  end: number,
  isPart: (cp: number) => boolean,
  joiners: ReadonlySet<number>,
  visit: (a: number, b: number) => unknown,
  alone?: ReadonlySet<number>,
): void {
  let i = start;
  while (i < end) {
    const cp = codePointBefore(text, i, end);
    const len = cp > 0xffff ? 2 : 1;
    if (!isPart(cp)) {
      if (alone?.has(cp) && visit(i, i + len) === false) return;
      i += len;
      continue;
    }
    const a = i;
    i += len;
    while (i < end) {
      const c = codePointBefore(text, i, end);
      if (isPart(c)) {
        i += c > 0xffff ? 2 : 1;
        continue;
      }
      if (joiners.has(c) && i + 1 < end) {
        const after = codePointBefore(text, i + 1, end);
        if (isPart(after)) {
          i += 1 + (after > 0xffff ? 2 : 1);
          continue;
        }
      }
      break;
    }
    if (visit(a, i) === false) return;
  }
}
