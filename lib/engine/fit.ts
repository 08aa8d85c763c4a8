/**
 * How a replacement reads where it goes: one function for the panel's "apply one suggestion", the rewrite's
 * in-place edits and the packs' before → after examples, so all three say the same thing.
 */

// Words that keep their capital inside a sentence: "I", and the polite "you" of et/lv/ru.
const KEEP_CAPITAL = new Set(
  "i i'm i'll i've i'd te teie teid teile teil teilt jūs jums jūsu вы вас вам ваш ваша ваше ваши вашего вашей вашу вашим".split(
    ' ',
  ),
);

/** The text with its first letter (after opening quotes or brackets) in upper case. */
export function capitalize(s: string): string {
  const m = /^(\s*["'„“«(]*)(\p{Ll})/u.exec(s);
  if (!m) return s;
  // A name written with a capital inside ("iPhone", "eBay") is written as its owner writes it.
  if (/^\p{Ll}+\p{Lu}/u.test(s.slice(m[1]!.length))) return s;
  return `${m[1]}${(m[2] ?? '').toUpperCase()}${s.slice(m[0].length)}`;
}

/**
 * A replacement as it reads inside a sentence: packs write replacements capitalised to stand alone, but one
 * that follows a name or another clause starts in lower case ("Urmas, mõistan täielikult …"); the sentence's
 * first letter is capitalised again afterwards. "I" and the polite pronouns keep their capital.
 */
export function inSentence(replacement: string): string {
  // A word in capitals is an acronym ("SMS", "ID") and keeps them; a one-letter word ("Я") does not.
  const m = /^(\p{Lu})(\p{Ll}[\p{L}'’]*)?(?![\p{L}'’])/u.exec(replacement);
  if (!m || KEEP_CAPITAL.has(m[0].toLowerCase())) return replacement;
  return `${(m[1] ?? '').toLowerCase()}${replacement.slice(1)}`;
}

/** True when `start` opens a sentence of `text`: nothing but space, quotes or a bullet since the last stop. */
export function opensSentence(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const ch = text[i] ?? '';
    if (/[.!?…\n]/u.test(ch)) return true;
    if (!/[\s"'„“«(*•–—-]/u.test(ch)) return false;
  }
  return true;
}

/**
 * The replacement for text[start, end) as it reads in place: capitalised where it opens a sentence, in lower
 * case inside one (save "I" and polite pronouns), and without a closing mark that the text already has after it.
 */
export function fitReplacement(text: string, start: number, end: number, replacement: string): string {
  let r = opensSentence(text, start) ? capitalize(replacement) : inSentence(replacement);
  if (/^\s*[.!?…]/u.test(text.slice(end))) r = r.replace(/[.!?…]+$/u, '');
  return r;
}

/** The text with text[start, end) replaced as `fitReplacement` fits it. */
export function applyReplacement(text: string, start: number, end: number, replacement: string): string {
  return text.slice(0, start) + fitReplacement(text, start, end, replacement) + text.slice(end);
}
