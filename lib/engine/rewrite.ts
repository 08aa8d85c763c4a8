import type { CompiledPackSet, CompiledTemplate, Hit } from '../packs/api';
import { isUnsaid } from '../packs/catalogue';
import { rememberByString } from '../packs/remember';
import { indexText } from '../packs/text';
import type { SentenceRole } from '../packs/profiles';
import { FLAG_THRESHOLD, isModelRule } from '../model/hook';
import { classifySentence } from '../model/models';
import { hasClosingOffer } from './closing';
import { capitalize, inSentence } from './fit';
import { distinctFacts, extractFacts } from './facts';
import { addressesByTitle, isNameForm, mentionsName } from './name';
import { calledName, closingLine, factLeadFor, greetingFor, profileOf, rolesIn } from './compose';
import { type Clause, countWords, type Sentence, splitClauses, splitSentences } from './segment';
import type { AnalyzeOptions, Finding, Language, Scenario } from './types';

/** What the rewrite is made from. */
export interface RewriteInput {
  draft: string;
  lang: Language;
  scenario: Scenario;
  /** Findings that change text (phrase rules); missing-rule findings are answered by the template. */
  edits: readonly Finding[];
  /** Findings of what the draft lacks for its scenario (missing rules): the template adds it. */
  missing?: readonly Finding[];
  customerName?: string | null;
  set: CompiledPackSet;
  phrases: Record<string, string>;
  options: AnalyzeOptions;
  /** The draft's body: after its greeting, before its sign-off. */
  bodyStart: number;
  bodyEnd: number;
  /** The set's scan of the whole draft, for skipIf on bodies too long to scan again. */
  draftHits: readonly (readonly Hit[])[];
  /**
   * The phrase findings of a text. Dropping a clause can take away what cancelled a match in the rest of its
   * sentence (an `unless`), so the body is checked again and edited until nothing fires.
   */
  recheck?: (text: string) => readonly Finding[];
  /** The hits of `set` on a text; the analysis remembers the texts it has scanned (default: scan it now). */
  scanText?: (text: string) => readonly (readonly Hit[])[];
  /** Scenarios to borrow a template from when the body empties out under a template with no text (best first). */
  fallbackScenarios?: readonly Scenario[];
  /**
   * Capitalised words used inside sentences of the draft or the customer's message: names, not sentence starts.
   * Asked for only when a fact is to be kept.
   */
  knownNames?: () => ReadonlySet<string>;
}

// Rounds of checking the body again; each round only removes text, so few are ever needed.
const MAX_RECHECKS = 3;

// Bodies longer than this are not scanned again for skipIf; the draft's own scan stands in for them.
const MAX_RESCAN = 50_000;

// A kept clause must not start or end with a word that needs the dropped clause ("regarding booking X",
// "broneeringu X osas", "по полису X"): such a clause's facts go through the facts intro instead.
// Subordinating and question words start a clause that cannot stand alone either ("Kas kuller homme jõuab, seda
// ma ei oska öelda" = "Whether the courier comes tomorrow, I can't say").
// A preposition starts such a lead-in only when the clause is short ("Regarding booking R4TX9M", "по полису
// 123"): a longer one has a verb of its own ("For 120 users you will also want to enable SCIM").
const PREPOSITION_START = new Set(
  'regarding about concerning for on in with from to as re ref seoses par attiecībā по о об насчёт касательно относительно для с к'.split(
    ' ',
  ),
);
const MAX_LEAD_IN_WORDS = 4;
const DANGLING_START = new Set(
  [
    'when if whether why what how because that which who where while although though unless until',
    'millal kui kas miks mis kuidas et sest kuna kus kes kuigi',
    'kad ja vai kāpēc kas kā ka jo kur kurš kura lai kaut',
    'когда если ли почему что как чтобы потому где кто хотя пока',
  ]
    .join(' ')
    .split(' '),
);
/** True when a clause starting with `first` (lower case) cannot stand alone: it leads into what was dropped. */
function dangles(first: string, text: string): boolean {
  return DANGLING_START.has(first) || (PREPOSITION_START.has(first) && countWords(text) <= MAX_LEAD_IN_WORDS);
}
// …nor end with a postposition, preposition or conjunction that waits for the dropped part ("из-за того").
const DANGLING_END = new Set(
  [
    'osas kohta pärast jaoks suhtes pēc dēļ ради',
    'of to for with about because that and but or the a an',
    'et ja ning aga kuid sest kui',
    'un bet ka jo kā ar par uz',
    'того том тем чем что как и а но или из-за потому',
  ]
    .join(' ')
    .split(' '),
);
// Words that only lead into the phrase after them: a replacement of that phrase takes them too.
const LEAD_FILLERS = new Set(
  'that it this so well honestly frankly look see seda sellega nii noh tas to tā šo tad nu это то так ну вот честно'.split(
    ' ',
  ),
);
// Sentence adverbs that stand as a clause of their own before what they comment on.
const SENTENCE_ADVERBS = new Set([
  ...'unfortunately sadly regrettably honestly frankly well so ok okay kahjuks paraku ausalt noh nii diemžēl žēl labi увы честно ну итак'.split(
    ' ',
  ),
  'к сожалению',
  'ausalt öeldes',
  'godīgi sakot',
  'to be honest',
  "i'm afraid",
]);
// Conjunctions that join a kept clause to a dropped one; dropped with it.
const LEADING_CONJUNCTION =
  /^(?:and|but|so|or|because|ja|ning|aga|kuid|või|sest|nii et|un|bet|vai|jo|tāpēc|и|а|но|или|так что|поэтому|потому что)\s+/iu;
const MIN_CLAUSE_WORDS = 3;
// A clause without a fact kept beside a dropped one must say this much to be more than a remark.
const MIN_BESIDE_DROPPED_WORDS = 6;
// A clause after a dropped one must say more to stand alone ("it's on page 12").
const MIN_TRAILING_CLAUSE_WORDS = 4;
// A replacement this long is a whole clause: it takes the place of the few words around the match too
// ("Vārda maiņu mūsu noteikumi neatļauj" → the replacement, not "Vārda maiņu mūsu" + the replacement).
const CLAUSE_REPLACEMENT_WORDS = 5;
// Words of a clause around a clause-length replacement that it may take the place of.
const MAX_WORDS_SWALLOWED = 3;
const MAX_WORDS_SWALLOWED_AFTER = 2;

interface Unit {
  start: number;
  end: number;
}

function overlaps(f: { start: number; end: number }, u: { start: number; end: number }): boolean {
  return f.start < u.end && f.end > u.start;
}

/** Text of `[start, end)` with the replacements of the findings inside it applied. */
function withReplacements(draft: string, start: number, end: number, edits: readonly Finding[]): string {
  let out = '';
  let at = start;
  for (const f of edits) {
    if (f.replacement === undefined || f.start < at || f.end > end) continue;
    out += draft.slice(at, f.start) + inSentence(f.replacement);
    at = f.end;
  }
  return out + draft.slice(at, end);
}

// The clauses of the text being rewritten, by range: a sentence's clauses are asked for by several steps.
let clauseMemo: { text: string; byRange: Map<string, readonly Clause[]> } | undefined;

/** The clauses of text[start, end) (shared: not to be changed). */
function clausesOf(text: string, start: number, end: number): readonly Clause[] {
  if (clauseMemo?.text !== text) clauseMemo = { text, byRange: new Map() };
  const key = `${start}:${end}`;
  let clauses = clauseMemo.byRange.get(key);
  if (!clauses) {
    clauses = splitClauses(text, start, end);
    clauseMemo.byRange.set(key, clauses);
  }
  return clauses;
}

/** The sentence's clauses, with clauses joined by one replacement finding merged into one unit. */
function unitsOf(draft: string, s: Sentence, edits: readonly Finding[]): Unit[] {
  const units: Unit[] = [];
  for (const c of clausesOf(draft, s.start, s.end)) {
    const last = units[units.length - 1];
    if (last && edits.some((f) => f.replacement !== undefined && overlaps(f, last) && overlaps(f, c))) last.end = c.end;
    else units.push(...splitAtConjunction(draft, c, edits));
  }
  return units;
}

// Words that join two main clauses without a comma ("Lend tühistati tormi tõttu ja ilma vastu ei saa ma midagi
// teha", "The flight was cancelled and there's nothing I can do").
const JOINING = new Set('and but ja ning aga kuid un bet и а но'.split(' '));

/**
 * A clause cut before the joining word that leads into a flagged phrase with no replacement, when what comes
 * before it says something of its own (three words or more): the reason stays, the offence goes.
 */
function splitAtConjunction(draft: string, c: Unit, edits: readonly Finding[]): Unit[] {
  const f = edits.find((e) => e.replacement === undefined && e.start > c.start && e.start < c.end);
  if (!f) return [{ start: c.start, end: c.end }];
  const words = [...draft.slice(c.start, f.start).matchAll(/[\p{L}\p{M}\p{N}'’-]+/gu)];
  for (let i = words.length - 1; i >= MIN_CLAUSE_WORDS; i--) {
    const w = words[i]!;
    if (!JOINING.has(w[0].toLowerCase())) continue;
    const at = c.start + w.index!;
    return [
      { start: c.start, end: at },
      { start: at, end: c.end },
    ];
  }
  return [{ start: c.start, end: c.end }];
}

/** Trailing punctuation of a sentence (". ", "?", "!") after its last clause. */
function terminalOf(draft: string, s: Sentence, lastUnitEnd: number): string {
  const tail = draft.slice(lastUnitEnd, s.end).trim();
  const m = /[.!?…]+["'”’»)]*$/u.exec(tail);
  return m ? m[0] : '.';
}

/** Words of a text in lower case, one space between them, for comparing texts regardless of punctuation. */
function wordsOnly(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}[\]]+/gu, ' ')
    .trim();
}

// Comparable forms of the short texts that come back in every analysis: replacements and template sentences.
const shortComparable = rememberByString(wordsOnly, 2_000);
const MAX_COMPARABLE_LENGTH = 400;

function comparableKey(s: string): string {
  return s.length <= MAX_COMPARABLE_LENGTH ? shortComparable(s) : wordsOnly(s);
}

// Two replacements sharing this share of their words say the same thing ("… palīdzēt …" / "… pretimnākt …").
const SAME_SAYING = 0.6;

/** True when a replacement (as a comparable key) says nearly what one already used says. */
function nearlyUsed(key: string, used: ReadonlySet<string>): boolean {
  if (used.has(key)) return true;
  const a = new Set(key.split(' '));
  for (const other of used) {
    const b = new Set(other.split(' '));
    let shared = 0;
    for (const w of a) if (b.has(w)) shared++;
    if (shared / (a.size + b.size - shared) >= SAME_SAYING) return true;
  }
  return false;
}

/**
 * Where a sentence splits in two because a clause-length replacement takes over a clause that is not its
 * first: the head (the clauses before) and the tail (from the taken clause on). Null when it does not.
 */
function splitBeforeTakeover(
  draft: string,
  s: Sentence,
  edits: readonly Finding[],
): { head: Sentence; tail: Sentence } | null {
  const mine = edits.filter((f) => f.start < s.end && f.end > s.start);
  if (mine.length === 0) return null;
  const clauses = clausesOf(draft, s.start, s.end);
  if (clauses.length < 2) return null;
  for (const f of mine) {
    if (f.replacement === undefined || !isClauseReplacement(f.replacement)) continue;
    const c = clauses.find((x) => x.start <= f.start && f.start < x.end);
    if (!c || c.start <= clauses[0]!.start) continue;
    if (freeWords(draft, c.start, f.start, mine) > MAX_WORDS_SWALLOWED) continue;
    if (freeWords(draft, f.end, c.end, mine) > MAX_WORDS_SWALLOWED_AFTER) continue;
    let headEnd = c.start;
    while (headEnd > s.start && /[\s,;:–—(-]/u.test(draft[headEnd - 1] ?? '')) headEnd--;
    // A lone word before it is an address or an opener ("Anna, …", "Honestly, …"), not a sentence.
    if (headEnd <= s.start || countWords(draft.slice(s.start, headEnd)) <= 1) return null;
    return {
      head: { start: s.start, end: headEnd, breakBefore: s.breakBefore },
      tail: { start: c.start, end: s.end, breakBefore: ' ' },
    };
  }
  return null;
}

/** Words of `[a, b)` that no edit covers. */
function freeWords(draft: string, a: number, b: number, edits: readonly Finding[]): number {
  let n = 0;
  let at = a;
  for (const f of edits) {
    if (f.end <= at || f.start >= b) continue;
    if (f.start > at) n += countWords(draft.slice(at, f.start));
    at = Math.max(at, f.end);
  }
  if (at < b) n += countWords(draft.slice(at, b));
  return n;
}

/** True when a replacement is a clause of its own rather than a phrase that swaps in for a phrase. */
const isClauseReplacement = rememberByString((replacement: string): boolean => {
  // One that ends in "to" or "of" goes on into the rest of its clause: a phrase, whatever its length.
  const last = (replacement.trim().split(/\s+/).pop() ?? '').toLowerCase();
  if (DANGLING_END.has(last)) return false;
  return countWords(replacement) >= CLAUSE_REPLACEMENT_WORDS || /[,;:–—]/u.test(replacement.trim());
}, 2_000);

/** True when a reply says what happens next or by when (so "in the meantime" has a time to refer to). */
function promisesSomething(reply: string, lang: Language): boolean {
  const roles = rolesIn(reply, lang);
  return roles.has('next_step') || roles.has('time');
}

// A blank the agent fills in: "[date]", "[reason]".
const PLACEHOLDER = /\[[^\]\n]{1,60}\]/u;

function withoutReplacement(f: Finding): Finding {
  const { replacement: _dropped, ...rest } = f;
  return rest;
}

/**
 * The sentence's edits as the rewrite applies them. A replacement already used earlier in the reply drops its
 * clause instead (the reply never says the same thing twice). A phrase-length replacement swaps in where its
 * match was. A clause-length replacement stands in for the whole clause when the finding covers nearly all of
 * it (a few words before, one or two after: "honestly", "please", "though"), and otherwise the clause is
 * dropped and the template says the practice's phrase: a long replacement spliced into the middle of a clause
 * ("honestly <replacement> why the bill is €212") does not read. Of several clause-length replacements in one
 * clause, the heaviest finding's stands.
 */
function prepareEdits(draft: string, s: Sentence, given: readonly Finding[], used: Set<string>): Finding[] {
  if (given.length === 0) return [];
  // A replacement with a blank to fill ("our [department] specialists …") is the agent's to choose in the panel;
  // spliced into the whole reply it leaves a form to fill in and often a second route beside the template's, so
  // the rewrite takes its clause out instead.
  const edits = given.map((f) =>
    f.replacement !== undefined && PLACEHOLDER.test(f.replacement) ? withoutReplacement(f) : f,
  );
  const clauses = clausesOf(draft, s.start, s.end);
  // The clauses a finding touches, as one range (a match may run over a comma: "Nomierinieties, lūdzu").
  const clauseOf = (f: Finding): Clause | undefined => {
    const a = clauses.find((c) => c.start <= f.start && f.start < c.end) ?? clauses.find((c) => c.end > f.start);
    if (!a) return undefined;
    let end = a.end;
    for (const c of clauses) if (c.start < f.end && c.end > end) end = c.end;
    return { start: a.start, end };
  };
  const keyOf = (c: Clause) => `${c.start}:${c.end}`;
  // The clause-length replacement chosen for each clause it takes over.
  const takes = new Map<string, Finding>();
  const taken: Clause[] = [];
  for (const f of edits) {
    if (f.replacement === undefined || !isClauseReplacement(f.replacement)) continue;
    const c = clauseOf(f);
    if (!c) continue;
    const before = freeWords(draft, c.start, f.start, edits);
    const after = freeWords(draft, f.end, c.end, edits);
    if (before > MAX_WORDS_SWALLOWED || after > MAX_WORDS_SWALLOWED_AFTER) continue;
    // A lone word after the clause ("…, please, and …", "…, palun.") goes with it, and so do two words that end
    // the sentence ("…, viņi zina."): left behind, they hang off the replacement.
    // A sentence adverb before it ("Unfortunately, I don't have that information") goes too: the replacement
    // says the sentence anew, and "Unfortunately, that's a very good question" says two things at once.
    const prev = [...clauses].reverse().find((x) => x.end <= c.start);
    if (prev && SENTENCE_ADVERBS.has(draft.slice(prev.start, prev.end).trim().toLowerCase())) c.start = prev.start;
    const next = clauses.find((x) => x.start >= c.end);
    const nextWords = next ? countWords(draft.slice(next.start, next.end)) : 0;
    if (next && (nextWords === 1 || (nextWords === 2 && next === clauses[clauses.length - 1]))) {
      if (!/\p{N}/u.test(draft.slice(next.start, next.end)) && after === 0) c.end = next.end;
    }
    const cur = takes.get(keyOf(c));
    const heavier =
      !cur ||
      f.weight > cur.weight ||
      (f.weight === cur.weight && (f.replacement?.length ?? 0) > (cur.replacement?.length ?? 0));
    if (heavier) takes.set(keyOf(c), f);
    if (!cur) taken.push(c);
  }
  // One clause-length replacement per sentence: two in a row make a run-on; the heaviest stands, the
  // template says the rest.
  let best: Finding | undefined;
  for (const f of takes.values()) if (!best || f.weight > best.weight) best = f;
  for (const [k, f] of [...takes]) {
    if (f === best) continue;
    takes.delete(k);
    const i = taken.findIndex((c) => keyOf(c) === k);
    if (i >= 0) taken.splice(i, 1);
  }
  const out: Finding[] = [];
  const done = new Set<string>();
  for (const f of edits) {
    // Whatever else is flagged in a clause that a replacement takes over goes with it.
    const inTaken = taken.find((c) => c.start <= f.start && f.end <= c.end);
    if (f.replacement === undefined && !inTaken) {
      out.push(f);
      continue;
    }
    const c = inTaken ?? clauseOf(f);
    const taker = c ? takes.get(keyOf(c)) : undefined;
    if (c && taker) {
      if (done.has(keyOf(c))) continue;
      done.add(keyOf(c));
      const key = comparableKey(taker.replacement ?? '');
      // The clause without the sentence's closing mark, which stays.
      let end = c.end;
      while (end > taker.end && /[\s.!?…"'”’»)]/u.test(draft[end - 1] ?? '')) end--;
      const whole = { ...taker, start: Math.min(c.start, taker.start), end: Math.max(end, taker.end) };
      if (nearlyUsed(key, used)) out.push(withoutReplacement(whole));
      else {
        used.add(key);
        out.push(whole);
      }
      continue;
    }
    if (f.replacement === undefined) {
      out.push(f);
      continue;
    }
    const key = comparableKey(f.replacement);
    if (isClauseReplacement(f.replacement) || nearlyUsed(key, used)) {
      out.push(withoutReplacement(f));
      continue;
    }
    used.add(key);
    // A pronoun or filler left before the replacement in its clause goes with the phrase it introduced ("To
    // nevaram pateikt" → the replacement, not "To" + the replacement).
    const own = clauseOf(f);
    const lead = own ? draft.slice(own.start, f.start).trim().toLowerCase() : '';
    out.push(own && lead && LEAD_FILLERS.has(lead) ? { ...f, start: own.start } : f);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** One sentence after its findings: its new text ('' when dropped) and the facts of what was dropped. */
function rewriteSentence(
  input: RewriteInput,
  s: Sentence,
  sentenceEdits: readonly Finding[],
  factsOf: (start: number, end: number, sentenceStart: number) => string[],
  used: Set<string>,
  isHead = false,
): { text: string; facts: string[]; lead?: string } {
  const cut = splitBeforeTakeover(input.draft, s, sentenceEdits);
  if (cut) {
    // A clause-length replacement after other clauses starts a sentence of its own ("Regarding policy X – no
    // idea, it depends" → the head, if it reads alone, then "That's a very good question …, it depends …").
    const head = rewriteSentence(input, cut.head, sentenceEdits, factsOf, used, true);
    const tail = rewriteSentence(input, cut.tail, sentenceEdits, factsOf, used);
    if (head.lead && tail.text)
      return { text: withLead(head.lead, tail.text), facts: [...head.facts, ...tail.facts], lead: tail.lead };
    return {
      text: [head.text, tail.text].filter(Boolean).join(' '),
      facts: [...head.facts, ...tail.facts],
      lead: head.lead ?? tail.lead,
    };
  }
  const r = editSentence(input, s, sentenceEdits, factsOf, used);
  if (isHead && r.text) {
    // A head cut off before a replacement must read on its own: a main clause, not "Regarding policy X".
    const t = r.text.replace(/[\s,;:–—-]+$/u, '');
    const words = t.split(/\s+/);
    const first = (words[0] ?? '').toLowerCase();
    const last = (words[words.length - 1] ?? '').toLowerCase();
    if (dangles(first, t) && factsOf(s.start, s.end, s.start).length > 0) return { text: '', facts: [], lead: t };
    if (countWords(t) < MIN_CLAUSE_WORDS || dangles(first, t) || DANGLING_END.has(last)) {
      return { text: '', facts: [...r.facts, ...factsOf(s.start, s.end, s.start).filter((f) => !r.facts.includes(f))] };
    }
    r.text = /[.!?…]["'”’»)]*$/u.test(t) ? t : `${t}.`;
  }
  if (sentenceEdits.length === 0 || !r.text) return r;
  const text = tidy(r.text);
  if (isFragment(text)) {
    // What is left is only a subordinate clause ("As much as I'd like to help."): the template says it whole.
    const facts = factsOf(s.start, s.end, s.start);
    return { text: '', facts: [...r.facts, ...facts.filter((f) => !r.facts.includes(f))], lead: r.lead };
  }
  return { text, facts: r.facts, lead: r.lead };
}

/** A sentence led by a kept lead-in that names the fact ("Regarding booking R4TX9M, as much as I'd like …"). */
export function withLead(lead: string, sentence: string): string {
  const head = capitalize(lead.trim().replace(/[\s,;:–—-]+$/u, ''));
  return `${head}, ${inSentence(sentence.trim())}`;
}

// Words that open a subordinate clause: a sentence made of one such clause has no main clause.
const SUBORDINATE_START =
  /^(?:as much as|as long as|as soon as|even though|so that|because|although|though|if|when|whenever|while|since|unless|until|whether|why|where|kuigi|kuna|sest|kui|et|nagu|millal|miks|kus|lai cik|lai gan|lai|jo|kaut|ja|kad|kamēr|kāpēc|kur|как бы|хотя|если|когда|потому что|чтобы|пока|почему|откуда|где|куда)(?![\p{L}\p{N}])/iu;
// "that" words: after a leading word they complete it ("Good that …"), they do not open a fragment.
const COMPLEMENTIZER = /^(?:that|et|kas|ka|ja|kui|что|чтобы)(?![\p{L}\p{N}])/iu;
// A fragment is short: a long sentence that opens with "if" usually has its main clause after all.
const MAX_FRAGMENT_WORDS = 8;

/** True when a sentence is one subordinate clause and no main clause, and not a question. */
export function isFragment(sentence: string): boolean {
  let t = sentence.trim().replace(/^["'„“«(]+/u, '');
  if (/\?["'”’»)]*$/u.test(t)) return false;
  // A name before the comma does not make a main clause ("Ida, as much as I'd like to help."), but a word
  // before "that" does ("Hea, et küsite", "Thanks that you asked").
  const lead = /^\p{Lu}[\p{L}'’-]*,\s*/u.exec(t);
  if (lead) {
    t = t.slice(lead[0].length);
    if (COMPLEMENTIZER.test(t)) return false;
  }
  if (/[,;:–—]/u.test(t.replace(/\d[,:]\d/gu, ''))) return false;
  return SUBORDINATE_START.test(t) && countWords(t) <= MAX_FRAGMENT_WORDS;
}

/**
 * Punctuation at the joins of a rewritten sentence: no space before a comma or full stop, no ".." or ",.",
 * no dangling dash at either end, one space between words.
 */
export function tidy(sentence: string): string {
  let t = sentence.replace(/[ \t]{2,}/gu, ' ');
  t = t.replace(/\s+([,;:.!?…])/gu, '$1');
  t = t.replace(/[,;:]+(?=[,;:.!?…])/gu, '');
  t = t.replace(/(?<!\.)\.\.(?!\.)/gu, '.');
  t = t.replace(/([!?])\.(?!\.)/gu, '$1');
  t = t.replace(/^[\s,;:–—-]+/u, '');
  t = t.replace(/[\s,;:]*[–—-]\s*([.!?…]*["'”’»)]*)$/u, '$1');
  t = t.replace(/[\s,;:]+([.!?…]["'”’»)]*)$/u, '$1');
  return capitalize(t.trim());
}

// A clause the learned layer reads as flagged with less than this share of its flag threshold is clearly fine.
const CLEARLY_FINE = 0.5;

/**
 * True when the learned layer reads a clause as clearly fine: beside a dropped offence, a short clause that is
 * the answer or its reason ("no refunds after purchase", "the mechanic had an emergency repair") stays, while
 * one that only backs the offence up ("the app works fine") goes with it. Without models, nothing is clearly fine.
 */
function clearlyFine(input: RewriteInput, text: string): boolean {
  const models = input.options.models;
  if (!models) return false;
  const p = classifySentence(models, input.lang, text);
  return p !== null && p.tone.pFlag < CLEARLY_FINE * (FLAG_THRESHOLD[input.lang] ?? 0.5);
}

/** One sentence with its edits applied: the replacements in place, the dropped clauses left out. */
function editSentence(
  input: RewriteInput,
  s: Sentence,
  sentenceEdits: readonly Finding[],
  factsOf: (start: number, end: number, sentenceStart: number) => string[],
  used: Set<string>,
): { text: string; facts: string[]; lead?: string } {
  const { draft } = input;
  const edits = prepareEdits(draft, s, sentenceEdits, used);
  if (edits.length === 0) return { text: capitalize(draft.slice(s.start, s.end)), facts: [] };
  // Facts inside a replaced phrase are not lost with it.
  const replacedFacts = edits
    .filter((f) => f.replacement !== undefined)
    .flatMap((f) => factsOf(f.start, f.end, s.start).filter((x) => !f.replacement?.includes(x)));
  const units = unitsOf(draft, s, edits);
  // A clause goes when a rule flags it, or when the learned layer does and its sentence carries no fact: the
  // model reads a sentence's tone without knowing which words are the answer, so a sentence with an order
  // number, a date or a product in it stays whole (its finding is still shown in the panel for the agent).
  let sentenceFacts: boolean | undefined;
  const factual = () => (sentenceFacts ??= factsOf(s.start, s.end, s.start).length > 0);
  const dropped = units.map((u) =>
    edits.some((f) => f.replacement === undefined && overlaps(f, u) && (!isModelRule(f.rule) || !factual())),
  );
  if (!dropped.includes(true)) {
    const text = capitalize(withReplacements(draft, s.start, s.end, edits));
    return { text, facts: replacedFacts.filter((f) => !text.includes(f)) };
  }
  const firstDropped = dropped.indexOf(true);
  let lead: string | undefined;
  const kept: string[] = [];
  const facts: string[] = [...replacedFacts];
  let lastKept = -1;
  units.forEach((u, i) => {
    if (dropped[i]) {
      // A promise or a guess goes with its facts: the date it promised is not said again.
      if (!edits.some((f) => f.replacement === undefined && overlaps(f, u) && isUnsaid(f.rule)))
        facts.push(...factsOf(u.start, u.end, s.start));
      return;
    }
    let text = withReplacements(draft, u.start, u.end, edits).trim();
    if (i > firstDropped) text = text.replace(LEADING_CONJUNCTION, '');
    text = text.replace(/[\s,;:–—.!?…-]+$/u, '');
    const words = text.split(/\s+/);
    const firstWord = (words[0] ?? '').toLowerCase();
    const lastWord = (words[words.length - 1] ?? '').toLowerCase().replace(/[.!?…]+$/, '');
    // Asked for only when it decides (a trailing clause) or when the clause is dropped.
    let unitFacts: string[] | undefined;
    const factsOfUnit = () => (unitFacts ??= factsOf(u.start, u.end, s.start));
    const trailing = i > firstDropped;
    // A clause that is a replacement reads on its own: the pack wrote it to stand in the reply.
    const replaced = edits.some((f) => f.replacement !== undefined && f.start <= u.start && f.end > u.start);
    const readsAlone =
      replaced ||
      // Beside a dropped offence a short clause that carries no fact goes too: "Calm down, the app works fine,
      // you typed it wrong" does not become "…, the app works fine" (#11).
      // A clause that gives the reason ("Lend tühistati tormi tõttu") stays however short.
      ((countWords(text) >= MIN_BESIDE_DROPPED_WORDS ||
        factsOfUnit().length > 0 ||
        rolesIn(text, input.lang).has('reason') ||
        clearlyFine(input, text)) &&
        // A trailing clause needs more words to read alone, unless it carries a fact ("līgumsods ir 60 €").
        countWords(text) >= (trailing && factsOfUnit().length === 0 ? MIN_TRAILING_CLAUSE_WORDS : MIN_CLAUSE_WORDS) &&
        !dangles(firstWord, text) &&
        !DANGLING_END.has(lastWord) &&
        (words[1] ?? '').toLowerCase() !== 'ли' &&
        (!trailing || factsOfUnit().length > 0 || clearlyFine(input, text)));
    if (readsAlone) {
      kept.push(text);
      lastKept = i;
    } else if (i === 0 && !dropped[0] && dangles(firstWord, text) && factsOfUnit().length > 0) {
      // "Regarding booking R4TX9M: no, I can't" — the lead-in names the fact: it leads into what the reply says
      // next instead of being lost or listed (#11).
      lead = text;
    } else facts.push(...factsOfUnit());
  });
  if (kept.length === 0) return { text: '', facts, lead };
  const terminal = lastKept === units.length - 1 ? terminalOf(draft, s, units[lastKept]!.end) : '.';
  const text = capitalize(kept.join(', ').replace(/[\s,;:–—.!?…-]+$/u, '')) + terminal;
  return { text, facts: facts.filter((f) => !text.includes(f)) };
}

/** The draft's body after the findings: paragraphs of surviving sentences, and the facts of dropped ones. */
export function rewriteBody(
  input: RewriteInput,
  takeClosingOffer: boolean,
): { body: string; facts: string[]; closing?: string; lead?: string } {
  const { draft, customerName } = input;
  const isName = (fact: string) => !/\s/.test(fact) && isNameForm(fact, customerName);
  let known: ReadonlySet<string> | undefined;
  // The same piece is asked about by several steps of a sentence's rewrite: its facts are found once.
  const factsMemo = new Map<string, string[]>();
  const factsOf = (start: number, end: number, sentenceStart: number): string[] => {
    const key = `${start}:${end}:${sentenceStart}`;
    let facts = factsMemo.get(key);
    if (!facts) {
      known ??= input.knownNames?.() ?? new Set<string>();
      facts = extractFacts(draft, start, end, sentenceStart, isName, known);
      factsMemo.set(key, facts);
    }
    return facts;
  };
  const sentences = splitSentences(draft, input.bodyStart, input.bodyEnd);
  const out: { text: string; breakBefore: Sentence['breakBefore'] }[] = [];
  const facts: string[] = [];
  let pending: Sentence['breakBefore'] = ' ';
  const rank = { ' ': 0, '\n': 1, '\n\n': 2 } as const;
  // Edits are sorted by start; one pointer walks them along the sentences (linear on long drafts).
  const edits = [...input.edits].sort((a, b) => a.start - b.start);
  const used = new Set<string>();
  // A lead-in naming a fact whose own sentence went: it leads into the next sentence that stays.
  let lead: string | undefined;
  let e = 0;
  for (const s of sentences) {
    const brk: Sentence['breakBefore'] = rank[s.breakBefore] > rank[pending] ? s.breakBefore : pending;
    while (e < edits.length && edits[e]!.end <= s.start) e++;
    const mine: Finding[] = [];
    for (let k = e; k < edits.length && edits[k]!.start < s.end; k++) mine.push(edits[k]!);
    const r = rewriteSentence(input, s, mine, factsOf, used);
    for (const f of r.facts) if (!facts.includes(f)) facts.push(f);
    if (!r.text) {
      lead ??= r.lead;
      pending = brk;
      continue;
    }
    out.push({ text: lead ? withLead(lead, r.text) : r.text, breakBefore: brk });
    lead = r.lead;
    pending = ' ';
  }
  // The draft's own closing offer moves to where the template closes, instead of the template's closing.
  const last = out[out.length - 1];
  let closing: string | undefined;
  // A draft whose only surviving sentence is its closing offer gives it to the closing too, when something was
  // edited away (the template then says the rest); a clean one-line draft stays as it is.
  const minKept = input.edits.length > 0 ? 1 : 2;
  if (takeClosingOffer && last && out.length >= minKept && hasClosingOffer(last.text, input.lang, input.phrases)) {
    closing = out.pop()?.text;
  }
  const body = out.map((o, i) => (i === 0 ? o.text : o.breakBefore + o.text)).join('');
  const all = closing ? `${body} ${closing}` : body;
  return { body, facts: distinctFacts(facts.filter((f) => !all.includes(f))), closing, lead };
}

function pickTemplate(set: CompiledPackSet, lang: Language, scenario: Scenario): CompiledTemplate | undefined {
  const of = (sc: string) =>
    set.templates.find((t) => t.language === lang && t.scenario === sc && t.template.id === 'default');
  return of(scenario) ?? of('general');
}

// Slots that frame a reply: the rewrite builds the greeting, body, closing and signature itself.
const FRAME_PART = /^\s*\{(?:greeting|body|closing|signature|facts)\}\s*$/;
// The roles a template sentence may add; a sentence that plays one the reply already plays is not added.
const ADDED_ROLES: ReadonlySet<SentenceRole> = new Set([
  'apology',
  'empathy',
  'reason',
  'alternative',
  'next_step',
  'time',
]);
const SLOT = /\{(\w+)\}/g;

/**
 * What the scenario's template adds around the body: its sentences (not the frame slots) whose skipIf the reply
 * does not already say and whose roles the reply does not already play — one sentence each, before or after the
 * body as the template places them. Placeholders stay only for what neither the draft nor the customer said.
 */
function additions(input: RewriteInput, body: string): { before: string[]; after: string[] } {
  const own = additionsFrom(input, body, pickTemplate(input.set, input.lang, input.scenario));
  if (body.trim() || own.before.length + own.after.length > 0) return own;
  // Nothing of the draft survives and its scenario has nothing to add (the general one frames the body): the
  // best candidate scenario's template speaks instead, and failing that the unknown-answer one (find out, say
  // when), which fits any question the draft left unanswered.
  for (const sc of [...(input.fallbackScenarios ?? []), 'unknown_answer' as const]) {
    const t = input.set.templates.find(
      (x) => x.language === input.lang && x.scenario === sc && x.template.id === 'default',
    );
    const got = additionsFrom(input, body, t);
    if (got.before.length + got.after.length > 0) return got;
  }
  return own;
}

/** The sentences one template adds around the body (see `additions`). */
function additionsFrom(
  input: RewriteInput,
  body: string,
  template: CompiledTemplate | undefined,
  timeIsNextStep = true,
): { before: string[]; after: string[] } {
  const out = { before: [] as string[], after: [] as string[] };
  if (!template) return out;
  const said = body;
  const hits = !said
    ? []
    : said.length > MAX_RESCAN
      ? input.draftHits
      : (input.scanText?.(said) ?? input.set.scan(indexText(said), undefined, 'reply'));
  const have = rolesIn(said, input.lang);
  let learned: ReadonlySet<SentenceRole> | undefined;
  const learnedHas = (r: SentenceRole) => {
    learned ??= learnedRoles(input, said);
    return learned.has(r);
  };
  let beforeBody = true;
  template.template.parts.forEach((part, i) => {
    // A reply that still says something of the agent's own takes the part's plain sentence where it has one:
    // what the agent sends has no brackets in it (the finding in the panel still asks for the fact).
    // Whether it is said already is decided on the blank version, the sentence the part stands for.
    const plain = typeof part === 'string' ? undefined : part.plain?.trim();
    const text = (typeof part === 'string' ? part : part.text).trim();
    const added = plain && said.trim() ? plain : text;
    if (/\{body\}/.test(text)) {
      beforeBody = false;
      return;
    }
    if (!text || FRAME_PART.test(text)) return;
    const skip = template.skipIf[i] ?? [];
    if (skip.some((id) => (hits[id]?.length ?? 0) > 0)) return;
    const roles = [...rolesIn(text, input.lang)].filter((r) => ADDED_ROLES.has(r));
    // A part the draft already says is not added. A part with a placeholder goes when the draft says any part of
    // it (the agent would have to fill in what the draft already answered); one with none only when the draft
    // says all of it (an apology is still owed when the draft already says what happens next).
    // A draft that already says when something happens ("arrives tomorrow morning") has its next step.
    const placeholder = /\[[^\]\n]{1,60}\]/u.test(text);
    // A blank is only offered for what the draft does not say in any words: beside the cues, the learned layer
    // reads which kept sentences give a reason or an alternative (its "next step" is not sure enough to lean on).
    const says = (r: SentenceRole) =>
      have.has(r) ||
      (timeIsNextStep && placeholder && r === 'next_step' && have.has('time')) ||
      (placeholder && learnedHas(r));
    if (roles.length > 0 && (placeholder ? roles.some(says) : roles.every(says))) return;
    const filled = fillSlots(added, input);
    if (!filled || /\{\w+\}/.test(filled)) return;
    // A sentence the body already says in nearly the same words is not said twice.
    if (withoutRepeats(filled, body) !== filled) return;
    (beforeBody ? out.before : out.after).push(filled);
    for (const r of roles) have.add(r);
  });
  return out;
}

// How sure the learned layer must be of a sentence's role before a blank for that role is left out.
const ROLE_SURE = 0.5;
const LEARNED_ROLES: ReadonlySet<string> = new Set(['reason', 'alternative']);

/**
 * The roles the learned layer reads in a reply's sentences: a reason or an alternative said in the agent's own
 * words ("Policies can't be backdated", "You can move to a lower plan from month 24"). Empty without models.
 */
function learnedRoles(input: RewriteInput, body: string): ReadonlySet<SentenceRole> {
  const out = new Set<SentenceRole>();
  const models = input.options.models;
  if (!models || !body.trim()) return out;
  for (const s of splitSentences(body)) {
    const text = body.slice(s.start, s.end);
    if (countWords(text) < MIN_CLAUSE_WORDS) continue;
    const p = classifySentence(models, input.lang, text);
    if (!p || p.role.p < ROLE_SURE) continue;
    if (LEARNED_ROLES.has(p.role.label)) out.add(p.role.label as SentenceRole);
  }
  return out;
}

/** A template sentence with the agent's profile slots filled ('' when one it needs is empty). */
function fillSlots(text: string, input: RewriteInput): string {
  const { options } = input;
  const slots: Record<string, string> = {
    customerName: calledName(input.customerName, input.lang),
    agentName: options.agentName?.trim() ?? '',
    company: options.company?.trim() ?? '',
  };
  let empty = false;
  const filled = text.replace(SLOT, (whole, slot: string) => {
    // Own slots only: "{constructor}" or "{toString}" in a template must stay text, not find Object's (#13).
    if (!Object.hasOwn(slots, slot)) return whole;
    const v = slots[slot] ?? '';
    if (!v) empty = true;
    return v;
  });
  return empty ? '' : filled;
}

/** True when a reply's last words invite an answer already: a question or an offer of more help. */
function endsOpen(text: string, input: RewriteInput): boolean {
  const t = text.trim();
  if (!t) return false;
  const sentences = splitSentences(t);
  const last = sentences[sentences.length - 1];
  const tail = last ? t.slice(last.start, last.end) : t;
  return /\?\s*["'”’»)]*$/u.test(tail) || hasClosingOffer(tail, input.lang, input.phrases);
}

/**
 * The rewritten reply, as an edit of the draft (issue #11). A draft with nothing flagged comes back as written,
 * save a greeting or closing where one is missing. Otherwise the draft's sentences stay word for word except
 * where a finding is: a flagged phrase is replaced where its replacement fits, or its clause or sentence goes;
 * the scenario's template adds only the sentences the reply lacks (an apology to a complaint, a way forward to
 * a bare refusal); the draft's own greeting (with the name in the vocative where the language needs it),
 * closing and sign-off are kept, and a short closing is added only when the reply does not already end with a
 * question or an offer of more help.
 */
export function rewriteDraft(input: RewriteInput): string {
  const { draft, options } = input;
  const flagged = input.edits.length > 0 || (input.missing?.length ?? 0) > 0;
  // A flagged draft's greeting without the customer's name gives way to one with it (practice: use the name).
  const ownGreeting = draft.slice(0, input.bodyStart);
  // A greeting by title and surname ("Dear Mr Greaves") addresses the customer as formally as a team would.
  const named =
    (input.customerName?.trim() && mentionsName(ownGreeting, input.customerName)) || addressesByTitle(ownGreeting);
  const replaced = Boolean(flagged && input.customerName?.trim() && !named && ownGreeting.trim());
  // A good draft that opens by addressing the customer ("Kamal, I'm so sorry…", "¡Hola, Trish!") has its own greeting.
  const opensWithName =
    !flagged &&
    !ownGreeting.trim() &&
    input.customerName?.trim() &&
    mentionsName(draft.slice(0, 60), input.customerName);
  const greeting = opensWithName ? '' : greetingFor(replaced ? '' : ownGreeting, input.customerName, input.lang);
  // A greeting on the same line as the draft's first sentence ("Hi Sara, the jacket…", "Tere, Kaidi, ja palju
  // õnne…") stays on it: the sentence may run on from it.
  const sameLine =
    ownGreeting.trim() !== '' &&
    !replaced &&
    !/\n/u.test(draft.slice(ownGreeting.trimEnd().length, input.bodyStart + 1));
  let body: string;
  let lead: string | undefined;
  let facts: string[] = [];
  // "Hi Sara, the jacket …": the body starts a paragraph of its own under the greeting, so with a capital.
  if (input.edits.length === 0) {
    const own = draft.slice(input.bodyStart, input.bodyEnd).trim();
    body = sameLine ? own : capitalize(own);
  } else {
    const first = rewriteBody(input, false);
    body = first.body;
    lead = first.lead;
    facts = first.facts;
    for (let round = 0; round < MAX_RECHECKS && input.recheck && body && body.length <= MAX_RESCAN; round++) {
      const again = input.recheck(body);
      if (again.length === 0) break;
      const next = rewriteBody({ ...input, draft: body, edits: again, bodyStart: 0, bodyEnd: body.length }, false);
      // What is left cannot be edited away (a phrase with no replacement in a sentence that stays).
      if (next.body === body) break;
      body = next.body;
      facts = distinctFacts([...facts, ...next.facts]);
      // A lead-in that was kept in the last body and lost its sentence now: it leads into what is added.
      if (next.lead) lead = next.lead;
    }
  }
  // A rewritten draft that opened by addressing the customer ("Dave, it's not my fault …") gets the greeting
  // with the name: the name does not come twice, the sentence goes on without it.
  if (greeting && input.customerName?.trim() && mentionsName(greeting, input.customerName)) {
    const address = /^\s*([\p{L}'’-]+)\s*,\s*/u.exec(body);
    if (address && isNameForm(address[1]!, input.customerName) && body.length > address[0].length)
      body = capitalize(body.slice(address[0].length));
  }
  const added = flagged ? additions(input, body) : { before: [], after: [] };
  if (flagged) {
    // A "don't know" that went under another scenario still owes the customer a way forward: the unknown-answer
    // template's next step follows, unless the reply already promises one (the question is not just dropped).
    const owed = input.scenario !== 'unknown_answer' && input.edits.some((f) => f.rule.includes('.unknown_answer.'));
    // A day in the answer ("we vaccinate on Tuesdays") is no promise to come back: only a next step counts.
    const reply = owed ? [body, ...added.before, ...added.after].join(' ') : '';
    if (owed && !rolesIn(reply, input.lang).has('next_step')) {
      const extra = additionsFrom(input, reply, pickTemplate(input.set, input.lang, 'unknown_answer'), false);
      added.after.push(...extra.before, ...extra.after);
    }
  }
  body = withoutSubsumed(body, [...added.before, ...added.after]);
  // Facts of sentences that had to go and that the reply would otherwise lose lead into the first sentence the
  // template adds (or the first that stays): never listed on a line of their own.
  // Only facts the customer needs to find their case lead in: a code, a model, an amount, a date, a name; a
  // length of time from a sentence that went for what it said goes with it.
  const lost = facts.filter((f) => !body.includes(f) && !lead?.includes(f) && isKeyFact(f));
  const leadIn = lead
    ? [lead, ...lost].join(lost.length > 0 ? ` ${profileOf(input.lang).factLead.and} ` : '')
    : factLeadFor(lost, input.lang);
  if (leadIn) {
    // The lead-in goes before what the reply says about the matter, never before an apology ("Regarding the
    // Pärna street, I'm very sorry …" reads as if the street were the offence).
    const apology = (t: string) => {
      const roles = rolesIn(t, input.lang);
      return roles.has('apology') || roles.has('empathy');
    };
    const target = [added.before, added.after]
      .flatMap((list) => list.map((t, i) => ({ list, i, t })))
      .find((x) => !apology(x.t));
    if (target) target.list[target.i] = withLead(leadIn, target.t);
    else if (body) body = withLeadInBody(leadIn, body, input.lang);
    else if (added.before.length > 0) added.before[0] = withLead(leadIn, added.before[0]!);
    else if (added.after.length > 0) added.after[0] = withLead(leadIn, added.after[0]!);
  }
  const paragraphs = body ? body.split(/\n{2,}/u) : [];
  if (added.before.length > 0) {
    if (paragraphs.length > 0) paragraphs[0] = afterThanks(paragraphs[0]!, added.before.join(' '), input.lang);
    else paragraphs.push(added.before.join(' '));
  }
  if (added.after.length > 0) paragraphs.push(added.after.join(' '));
  const draftSignoff = draft.slice(input.bodyEnd).trim();
  const signature =
    draftSignoff ||
    options.signature?.trim() ||
    [options.agentName, options.company]
      .map((x) => x?.trim())
      .filter(Boolean)
      .join('\n');
  const replyBody = paragraphs.join('\n\n');
  // The draft's own question or closing offer ends the reply; a sign-off with an offer counts too.
  // Nor does a closing go under a line that reads as a name or a team rather than a sentence ("Kertu Lepp").
  const lastLine = replyBody.trim().split('\n').pop() ?? '';
  const endsWithNameLine = !flagged && !/[.!?…]["'”’»)]*$/u.test(lastLine.trim()) && countWords(lastLine) <= 4;
  // A short wish that ends the draft ("Have a good flight!", "Head aega!", "Хорошего дня!") is its own closing.
  const lastSentence = splitSentences(replyBody).pop();
  const endsWithWish =
    lastSentence !== undefined &&
    /!["'”’»)]*\s*$/u.test(replyBody.slice(lastSentence.start, lastSentence.end)) &&
    countWords(replyBody.slice(lastSentence.start, lastSentence.end)) <= 5;
  const closing =
    replyBody &&
    !endsWithNameLine &&
    !endsWithWish &&
    !endsOpen(replyBody, input) &&
    !hasClosingOffer(draftSignoff, input.lang, input.phrases)
      ? closingLine(input.lang, input.scenario, draft, promisesSomething(replyBody, input.lang))
      : '';
  const head = greeting && sameLine && replyBody && !/^[\p{Lu}]/u.test(replyBody) ? `${greeting} ${replyBody}` : '';
  if (head) return [head, closing, signature].filter((x) => x.trim()).join('\n\n');
  return [greeting, replyBody, closing, signature].filter((x) => x.trim()).join('\n\n');
}

// A length of time ("35-minute", "two weeks") is no fact to lead in with: it says what the sentence that went
// said ("a 35-minute delay is within our window", "write again in two weeks"), not which case it is.
const LENGTH_WORD = /^\p{N}+[-–]\p{L}+$/u;
// A length of time ("two weeks", "5 tööpäeva", "две недели"): how long, not which case.
const DURATION =
  /^(?:\p{N}+|\p{L}+)\s+(?:hours?|days?|weeks?|months?|years?|minutes?|tundi|päeva|tööpäeva|nädalat|kuud|aastat|stundas|dienas|darba dienas|nedēļas|mēnešus|gadus|час(?:а|ов)?|дн(?:я|ей)|день|недел(?:и|ь|ю)|месяц(?:а|ев)?|лет|года?|минут)$/iu;

/** True when a fact is one the customer needs to find their case by (see `rewriteDraft`). */
export function isKeyFact(fact: string): boolean {
  return !LENGTH_WORD.test(fact) && !DURATION.test(fact);
}

/** A body with a lead-in before its first sentence, or its second when the first only thanks the customer. */
function withLeadInBody(lead: string, body: string, lang: Language): string {
  const first = splitSentences(body)[0];
  if (first && first.end < body.length) {
    const roles = rolesIn(body.slice(first.start, first.end), lang);
    if (roles.has('acknowledgement') && roles.size === 1) {
      const rest = body.slice(first.end);
      const gap = rest.length - rest.trimStart().length;
      return `${body.slice(0, first.end + gap)}${withLead(lead, rest.trimStart())}`;
    }
  }
  return withLead(lead, body);
}

// What a reply says before anything else: thanks, congratulations, sorry, sympathy.
const OPENING_ROLES: ReadonlySet<SentenceRole> = new Set(['acknowledgement', 'apology', 'empathy']);

/**
 * A paragraph with the template's opening sentences put in: after a first sentence that only thanks, apologises
 * or sympathises ("Thank you for your email. I'm sorry about this …", "Очень жаль, что ребёнок заболел! Хотелось
 * бы …"), else before everything.
 */
function afterThanks(paragraph: string, added: string, lang: Language): string {
  const first = splitSentences(paragraph)[0];
  if (first) {
    const text = paragraph.slice(first.start, first.end);
    const roles = rolesIn(text, lang);
    // An apology comes before sympathy (practice, scenario 7): after thanks only.
    const addedRoles = rolesIn(added, lang);
    const opening =
      addedRoles.has('apology') || addedRoles.has('empathy')
        ? new Set<SentenceRole>(['acknowledgement'])
        : OPENING_ROLES;
    if (roles.size > 0 && [...roles].every((r) => opening.has(r))) {
      return `${paragraph.slice(0, first.end)} ${added} ${paragraph.slice(first.end).trimStart()}`.trimEnd();
    }
  }
  return `${added} ${capitalize(paragraph)}`;
}

/** Folded words of a text with a space on either side, for finding one sentence's words inside another's. */
function comparable(s: string): string {
  return ` ${comparableKey(s)} `;
}

/**
 * A template part without the sentences the body already says (a replacement may have put the same words
 * there): the reply never says one thing twice.
 */
// The body's comparable form, kept for the template parts that ask one after another.
let lastComparable: { body: string; value: string } | undefined;

// A body sentence whose words are nearly all in a sentence the template adds says nothing of its own.
const SUBSUMED = 0.85;

/**
 * The body without sentences that an added sentence already says in full ("I completely understand how
 * frustrating this is." beside "I'm so sorry – I completely understand how frustrating this is, and …"): the
 * addition says more, so the shorter one goes. Sentences with a fact or a number always stay.
 */
function withoutSubsumed(body: string, added: readonly string[]): string {
  if (!body || added.length === 0) return body;
  const addedWords = added.map((a) => new Set(comparableKey(a).split(' ').filter(Boolean)));
  const parts = splitSentences(body);
  const drop = parts.filter((p) => {
    const text = body.slice(p.start, p.end);
    if (/\p{N}/u.test(text)) return false;
    const words = comparableKey(text).split(' ').filter(Boolean);
    if (words.length < 4) return false;
    return addedWords.some((set) => words.filter((w) => set.has(w)).length / words.length >= SUBSUMED);
  });
  if (drop.length === 0) return body;
  let out = '';
  let at = 0;
  for (const p of drop) {
    out += body.slice(at, p.start);
    at = p.end;
  }
  out += body.slice(at);
  return out
    .replace(/[ \t]{2,}/gu, ' ')
    .replace(/ +\n/gu, '\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

function withoutRepeats(part: string, body: string): string {
  const text = part.trim();
  if (!body || !text) return text;
  if (lastComparable?.body !== body) lastComparable = { body, value: comparable(body) };
  const inBody = lastComparable.value;
  const sentences = splitSentences(text);
  const kept = sentences.filter((s) => {
    const c = comparable(text.slice(s.start, s.end));
    return c.trim().length < 15 || !inBody.includes(c);
  });
  if (kept.length === sentences.length) return text;
  return kept.map((s, i) => (i === 0 ? '' : s.breakBefore) + text.slice(s.start, s.end)).join('');
}
