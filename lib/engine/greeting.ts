/**
 * The draft's own greeting line ("Hi Laura,", "Tere, Mari!", "Labdien!", "Здравствуйте.") and sign-off
 * ("Best regards, …", "Lugupidamisega", "Ar cieņu", "С уважением"): the rewrite replaces both with the
 * template's, and a missing-rule's span starts after the greeting.
 */

// Greeting words of the four languages; "hea"/"dear"-like words need a name after them (see NEEDS_NAME).
const GREETING_WORDS = [
  'hi there',
  'hello there',
  'hi',
  'hello',
  'hey',
  'dear',
  'good morning',
  'good afternoon',
  'good evening',
  'good day',
  'greetings',
  'tere hommikust',
  'tere päevast',
  'tere õhtust',
  'tere',
  'tervist',
  'head päeva',
  'hea',
  'lugupeetud',
  'hei',
  'labdien',
  'labrīt',
  'labvakar',
  'sveiki',
  'sveiks',
  'sveika',
  'cienījamais',
  'cienījamā',
  'cienītais',
  'cienītā',
  'god\\.',
  'здравствуйте',
  'здравствуй',
  'добрый день',
  'добрый вечер',
  'доброе утро',
  'доброго дня',
  'доброго времени суток',
  'привет',
  'уважаемый',
  'уважаемая',
  'уважаемые',
];
// Greeting words that are ordinary words when no name follows ("Hea, et küsite" = "Good that you ask").
const NEEDS_NAME = new Set(['hea', 'dear', 'lugupeetud', 'cienījamais', 'cienījamā', 'cienītais', 'cienītā']);
// Words that may stand where a name stands: "Dear customer", "Hi there", "Lugupeetud klient".
const NAME_LIKE = [
  'customer',
  'client',
  'team',
  'all',
  'everyone',
  'klient',
  'kliendi',
  'klients',
  'клиент',
  'клиентка',
  // Titles and forms of address: "Tere, hr Tamm!", "Labdien, Bērziņa kungs!", "Dear Mr. Smith,"
  'mr\\.?',
  'mrs\\.?',
  'ms\\.?',
  'dr\\.?',
  'hr\\.?',
  'pr\\.?',
  'härra',
  'proua',
  'kungs',
  'kundze',
  'kungi',
  'господин',
  'госпожа',
  'dear',
  'there',
  'cien\\.?',
  'god\\.?',
]
  .map((w) => `[${w[0]}${w[0]?.toUpperCase()}]${w.slice(1)}`)
  .join('|');
// No `i` flag from here on: with it, \p{Lu} would match lower-case letters too.
// A name word, an initial ("A."), or a title: a full stop ends a name word, so "Kristīne. Nevar," is a greeting
// and a sentence, not a two-word name.
const NAME = `(?:${NAME_LIKE}|\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}'’-]*)`;
const GREETING_WORD = new RegExp(`^\\s*(${GREETING_WORDS.join('|')})(?![\\p{L}\\p{M}])`, 'iu');
const GREETING_NAME = new RegExp(
  `^\\s*,?\\s*(${NAME}(?:\\s+${NAME}){0,3})\\s*(?:[,!.:;]+|[–—]|-(?=\\s)|(?=\\n)|$)`,
  'u',
);
const GREETING_END = /^\s*(?:[,!.:;]+|[–—]|-(?=\s)|(?=\n)|$)/u;
const TRAILING_SPACE = /^\s*/u;

/** End offset of the draft's greeting (0 when the draft does not start with one). */
export function greetingEnd(draft: string): number {
  const head = draft.slice(0, 300);
  const m = GREETING_WORD.exec(head);
  if (!m) return 0;
  const word = (m[1] ?? '').toLowerCase();
  const rest = head.slice(m[0].length);
  const named = GREETING_NAME.exec(rest);
  let at: number;
  if (named) at = m[0].length + named[0].length;
  else {
    if (NEEDS_NAME.has(word)) return 0;
    const plain = GREETING_END.exec(rest);
    if (!plain) return 0;
    at = m[0].length + plain[0].length;
  }
  return at + (TRAILING_SPACE.exec(head.slice(at))?.[0].length ?? 0);
}

const SIGNOFFS = [
  'best regards',
  'kind regards',
  'warm regards',
  'warmest regards',
  'many thanks',
  'with thanks',
  'thanks again',
  'regards',
  'best wishes',
  'all the best',
  'yours sincerely',
  'sincerely yours',
  'warm wishes',
  'yours truly',
  'sincerely',
  'cheers',
  'best',
  'thanks',
  'thank you',
  'take care',
  'lugupidamisega',
  'parimate soovidega',
  'heade soovidega',
  'parimat',
  'tervitustega',
  'tervitades',
  'kõike head',
  'aitäh',
  'tänan',
  'ar cieņu',
  'ar laba vēlējumiem',
  'ar labiem vēlējumiem',
  'ar sveicieniem',
  'visu labu',
  'paldies',
  'cieņā',
  'с уважением',
  'с наилучшими пожеланиями',
  'всего доброго',
  'всего хорошего',
  'хорошего дня',
  'спасибо',
  'благодарю',
];
// A sign-off line: the phrase alone on its line (maybe with , ! .), then at most three short lines (name,
// role, company) to the end of the draft.
const SIGNOFF_LINE = new RegExp(
  `^[ \\t]*(?:${SIGNOFFS.join('|')})[ \\t]*[,!.]?[ \\t]*(?:\\n[^\\n]{0,60}){0,3}\\s*$`,
  'iu',
);
// A sign-off at the end of a one-line draft: "… by Friday. Best regards, Anna Tamm"
const SIGNOFF_INLINE = new RegExp(
  `(?:^|[.!?…]\\s+)((?:${SIGNOFFS.filter((s) => s.includes(' ') || s.length > 8).join('|')})[ \\t]*[,!.]?(?:[ \\t]+[\\p{L}\\p{M}'’.-]+){0,3}[ \\t]*[.!]?\\s*)$`,
  'iu',
);

/** Start offset of the draft's sign-off (draft.length when it has none). Never before `from`. */
export function signoffStart(draft: string, from = 0): number {
  const tailStart = Math.max(from, draft.length - 400);
  // Line starts in the tail, earliest first, so "Best regards,\nAnna" is found at "Best".
  for (let i = tailStart; i < draft.length; i++) {
    if (i !== 0 && draft[i - 1] !== '\n') continue;
    if (i <= from) continue;
    if (SIGNOFF_LINE.test(draft.slice(i))) return i;
  }
  const tail = draft.slice(tailStart);
  const m = SIGNOFF_INLINE.exec(tail);
  if (m?.[1]) {
    const at = tailStart + tail.length - m[1].length;
    if (at > from) return at;
  }
  return signatureLineStart(draft, from);
}

// A signature line without a sign-off word before it: a name or a team ("Network Customer Relations",
// "Служба поддержки", "Kertu Lepp"), a few words that start with a capital and end with no mark of a sentence.
const SIGNATURE_LINE = /^\p{Lu}[\p{L}\p{M}'’.&-]*(?:[ \t]+[\p{L}\p{M}'’.&-]+){0,3}[ \t]*$/u;

/** Start of a last line that reads as a signature under a draft whose line before it ends a sentence. */
function signatureLineStart(draft: string, from: number): number {
  const end = draft.trimEnd().length;
  const at = draft.lastIndexOf('\n', end - 1) + 1;
  if (at <= from || at === 0) return draft.length;
  const line = draft.slice(at, end).trim();
  const before = draft.slice(from, at).trimEnd();
  if (!SIGNATURE_LINE.test(line) || !/[.!?…]["'”’»)]*$/u.test(before)) return draft.length;
  return at;
}
