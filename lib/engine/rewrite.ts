import type { CompiledPackSet, CompiledTemplate, Hit } from '../packs/api';
import { indexText } from '../packs/text';
import type { TemplatePart } from '../packs/types';
import { hasClosingOffer } from './closing';
import { distinctFacts, extractFacts } from './facts';
import { isNameForm } from './name';
import { countWords, type Sentence, splitClauses, splitSentences } from './segment';
import type { AnalyzeOptions, Finding, Language, Scenario } from './types';

/** What the rewrite is made from. */
export interface RewriteInput {
  draft: string;
  lang: Language;
  scenario: Scenario;
  /** Findings that change text (phrase rules); missing-rule findings are answered by the template. */
  edits: readonly Finding[];
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
  /** Capitalised words used inside sentences of the draft or the customer's message: names, not sentence starts. */
  knownNames?: ReadonlySet<string>;
}

// Rounds of checking the body again; each round only removes text, so few are ever needed.
const MAX_RECHECKS = 3;

// Bodies longer than this are not scanned again for skipIf; the draft's own scan stands in for them.
const MAX_RESCAN = 50_000;

// A kept clause must not start or end with a word that needs the dropped clause ("regarding booking X",
// "broneeringu X osas", "по полису X"): such a clause's facts go through the facts intro instead.
// Subordinating and question words start a clause that cannot stand alone either ("Millal neid juurde tuleb, seda
// me ei tea" = "When they come in, we don't know").
const DANGLING_START = new Set(
  [
    'regarding about concerning for on in with from to as re ref seoses par attiecībā по о об насчёт касательно относительно для с к',
    'when if whether why what how because that which who where while although though unless until',
    'millal kui kas miks mis kuidas et sest kuna kus kes kuigi',
    'kad ja vai kāpēc kas kā ka jo kur kurš kura lai kaut',
    'когда если ли почему что как чтобы потому где кто хотя пока',
  ]
    .join(' ')
    .split(' '),
);
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
// Conjunctions that join a kept clause to a dropped one; dropped with it.
const LEADING_CONJUNCTION =
  /^(?:and|but|so|or|because|ja|ning|aga|kuid|või|sest|nii et|un|bet|vai|jo|tāpēc|и|а|но|или|так что|поэтому|потому что)\s+/iu;
const MIN_CLAUSE_WORDS = 3;
// A clause after a dropped one must say more to stand alone ("it's on page 12").
const MIN_TRAILING_CLAUSE_WORDS = 4;
// A replacement this long is a whole clause: it takes the place of the few words before the match too
// ("Vārda maiņu mūsu noteikumi neatļauj" → the replacement, not "Vārda maiņu mūsu" + the replacement).
const CLAUSE_REPLACEMENT_WORDS = 6;
const MAX_WORDS_SWALLOWED = 3;

interface Unit {
  start: number;
  end: number;
}

function capitalize(s: string): string {
  const m = /^(\s*["'„“«(]*)(\p{Ll})/u.exec(s);
  if (!m) return s;
  return `${m[1]}${(m[2] ?? '').toUpperCase()}${s.slice(m[0].length)}`;
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
    out += draft.slice(at, f.start) + f.replacement;
    at = f.end;
  }
  return out + draft.slice(at, end);
}

/** The sentence's clauses, with clauses joined by one replacement finding merged into one unit. */
function unitsOf(draft: string, s: Sentence, edits: readonly Finding[]): Unit[] {
  const units: Unit[] = [];
  for (const c of splitClauses(draft, s.start, s.end)) {
    const last = units[units.length - 1];
    if (last && edits.some((f) => f.replacement !== undefined && overlaps(f, last) && overlaps(f, c))) last.end = c.end;
    else units.push({ start: c.start, end: c.end });
  }
  return units;
}

/** Trailing punctuation of a sentence (". ", "?", "!") after its last clause. */
function terminalOf(draft: string, s: Sentence, lastUnitEnd: number): string {
  const tail = draft.slice(lastUnitEnd, s.end).trim();
  const m = /[.!?…]+["'”’»)]*$/u.exec(tail);
  return m ? m[0] : '.';
}

function comparableKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}[\]]+/gu, ' ')
    .trim();
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
 * The sentence's edits as the rewrite applies them: a replacement already used earlier in the reply drops its
 * clause instead (the reply never says the same thing twice), and a clause-long replacement takes the place
 * of the few words before its match in the same clause.
 */
function prepareEdits(draft: string, s: Sentence, edits: readonly Finding[], used: Set<string>): Finding[] {
  if (edits.length === 0) return [];
  const clauses = splitClauses(draft, s.start, s.end);
  const out: Finding[] = [];
  for (const f of edits) {
    if (f.replacement === undefined) {
      out.push(f);
      continue;
    }
    const key = comparableKey(f.replacement);
    if (nearlyUsed(key, used)) {
      const { replacement: _dropped, ...rest } = f;
      out.push(rest);
      continue;
    }
    used.add(key);
    const clause = clauses.find((c) => c.start <= f.start && f.start < c.end);
    const prevEnd = out[out.length - 1]?.end ?? s.start;
    if (
      clause &&
      clause.start < f.start &&
      clause.start >= prevEnd &&
      countWords(f.replacement) >= CLAUSE_REPLACEMENT_WORDS &&
      countWords(draft.slice(clause.start, f.start)) <= MAX_WORDS_SWALLOWED &&
      countWords(draft.slice(f.end, clause.end)) === 0
    ) {
      out.push({ ...f, start: clause.start });
    } else out.push(f);
  }
  return out;
}

/** One sentence after its findings: its new text ('' when dropped) and the facts of what was dropped. */
function rewriteSentence(
  input: RewriteInput,
  s: Sentence,
  sentenceEdits: readonly Finding[],
  factsOf: (start: number, end: number, sentenceStart: number) => string[],
  used: Set<string>,
): { text: string; facts: string[] } {
  const { draft } = input;
  const edits = prepareEdits(draft, s, sentenceEdits, used);
  if (edits.length === 0) return { text: capitalize(draft.slice(s.start, s.end)), facts: [] };
  // Facts inside a replaced phrase are not lost with it.
  const replacedFacts = edits
    .filter((f) => f.replacement !== undefined)
    .flatMap((f) => factsOf(f.start, f.end, s.start).filter((x) => !f.replacement?.includes(x)));
  const units = unitsOf(draft, s, edits);
  const dropped = units.map((u) => edits.some((f) => f.replacement === undefined && overlaps(f, u)));
  if (!dropped.includes(true)) {
    const text = capitalize(withReplacements(draft, s.start, s.end, edits));
    return { text, facts: replacedFacts.filter((f) => !text.includes(f)) };
  }
  const firstDropped = dropped.indexOf(true);
  const kept: string[] = [];
  const facts: string[] = [...replacedFacts];
  let lastKept = -1;
  units.forEach((u, i) => {
    if (dropped[i]) {
      facts.push(...factsOf(u.start, u.end, s.start));
      return;
    }
    let text = withReplacements(draft, u.start, u.end, edits).trim();
    if (i > firstDropped) text = text.replace(LEADING_CONJUNCTION, '');
    text = text.replace(/[\s,;:–—.!?…-]+$/u, '');
    const words = text.split(/\s+/);
    const firstWord = (words[0] ?? '').toLowerCase();
    const lastWord = (words[words.length - 1] ?? '').toLowerCase().replace(/[.!?…]+$/, '');
    const unitFacts = factsOf(u.start, u.end, s.start);
    const trailing = i > firstDropped;
    // A clause that is a replacement reads on its own: the pack wrote it to stand in the reply.
    const replaced = edits.some((f) => f.replacement !== undefined && f.start <= u.start && f.end > u.start);
    const readsAlone =
      replaced ||
      (countWords(text) >= (trailing ? MIN_TRAILING_CLAUSE_WORDS : MIN_CLAUSE_WORDS) &&
        !DANGLING_START.has(firstWord) &&
        !DANGLING_END.has(lastWord) &&
        (words[1] ?? '').toLowerCase() !== 'ли' &&
        (!trailing || unitFacts.length > 0));
    if (readsAlone) {
      kept.push(text);
      lastKept = i;
    } else facts.push(...unitFacts);
  });
  if (kept.length === 0) return { text: '', facts };
  const terminal = lastKept === units.length - 1 ? terminalOf(draft, s, units[lastKept]!.end) : '.';
  const text = capitalize(kept.join(', ').replace(/[\s,;:–—.!?…-]+$/u, '')) + terminal;
  return { text, facts: facts.filter((f) => !text.includes(f)) };
}

/** The draft's body after the findings: paragraphs of surviving sentences, and the facts of dropped ones. */
export function rewriteBody(
  input: RewriteInput,
  takeClosingOffer: boolean,
): { body: string; facts: string[]; closing?: string } {
  const { draft, customerName } = input;
  const isName = (fact: string) => !/\s/.test(fact) && isNameForm(fact, customerName);
  const known = input.knownNames ?? new Set<string>();
  const factsOf = (start: number, end: number, sentenceStart: number) =>
    extractFacts(draft, start, end, sentenceStart, isName, known);
  const sentences = splitSentences(draft, input.bodyStart, input.bodyEnd);
  const out: { text: string; breakBefore: Sentence['breakBefore'] }[] = [];
  const facts: string[] = [];
  let pending: Sentence['breakBefore'] = ' ';
  const rank = { ' ': 0, '\n': 1, '\n\n': 2 } as const;
  // Edits are sorted by start; one pointer walks them along the sentences (linear on long drafts).
  const edits = [...input.edits].sort((a, b) => a.start - b.start);
  const used = new Set<string>();
  let e = 0;
  for (const s of sentences) {
    const brk: Sentence['breakBefore'] = rank[s.breakBefore] > rank[pending] ? s.breakBefore : pending;
    while (e < edits.length && edits[e]!.end <= s.start) e++;
    const mine: Finding[] = [];
    for (let k = e; k < edits.length && edits[k]!.start < s.end; k++) mine.push(edits[k]!);
    const r = rewriteSentence(input, s, mine, factsOf, used);
    for (const f of r.facts) if (!facts.includes(f)) facts.push(f);
    if (!r.text) {
      pending = brk;
      continue;
    }
    out.push({ text: r.text, breakBefore: brk });
    pending = ' ';
  }
  // The draft's own closing offer moves to where the template closes, instead of the template's closing.
  const last = out[out.length - 1];
  let closing: string | undefined;
  if (takeClosingOffer && last && out.length > 1 && hasClosingOffer(last.text, input.lang, input.phrases)) {
    closing = out.pop()?.text;
  }
  const body = out.map((o, i) => (i === 0 ? o.text : o.breakBefore + o.text)).join('');
  const all = closing ? `${body} ${closing}` : body;
  return { body, facts: distinctFacts(facts.filter((f) => !all.includes(f))), closing };
}

const FALLBACK_PARTS: readonly string[] = ['{greeting}', '{body}', '{closing}', '{signature}'];

function pickTemplate(set: CompiledPackSet, lang: Language, scenario: Scenario): CompiledTemplate | undefined {
  const of = (sc: string) =>
    set.templates.find((t) => t.language === lang && t.scenario === sc && t.template.id === 'default');
  return of(scenario) ?? of('general');
}

const SLOT = /\{(\w+)\}/g;

/**
 * The rewritten reply: the scenario's template of the draft's language with its slots filled — greeting
 * with the customer's name, the draft's body with flagged phrases replaced or their sentences dropped (facts
 * kept through the facts intro), the closing offer, the signature. A part whose skipIf the body already
 * says is left out; a part whose slot has no value is left out; [placeholders] stay for the agent to fill.
 */
export function rewriteDraft(input: RewriteInput): string {
  const { set, lang, scenario, phrases, options, customerName } = input;
  const name = customerName?.trim() || '';
  const template = pickTemplate(set, lang, scenario);
  // Each part with the pattern ids of its skipIf.
  const parts: { part: string | TemplatePart; skip: readonly number[] }[] = template
    ? template.template.parts.map((part, i) => ({ part, skip: template.skipIf[i] ?? [] }))
    : FALLBACK_PARTS.map((part) => ({ part, skip: [] }));
  const partText = (p: string | TemplatePart) => (typeof p === 'string' ? p : p.text);
  const uses = (slot: string) => parts.some((p) => partText(p.part).includes(`{${slot}}`));
  const first = rewriteBody(input, true);
  let { body, facts } = first;
  for (let round = 0; round < MAX_RECHECKS && input.recheck && body && body.length <= MAX_RESCAN; round++) {
    const again = input.recheck(body);
    if (again.length === 0) break;
    const next = rewriteBody({ ...input, draft: body, edits: again, bodyStart: 0, bodyEnd: body.length }, false);
    body = next.body;
    facts = distinctFacts([...facts, ...next.facts].filter((f) => !body.includes(f)));
  }
  // Function replacers: a name or fact with "$&" in it is text, not a replacement pattern.
  const factsText =
    facts.length > 0 ? (phrases.factsIntro ?? '{facts}').replace('{facts}', () => facts.join(', ')) : '';
  const bodyText = uses('facts') ? body : [factsText, body].filter(Boolean).join(' ');
  const draftSignoff = input.draft.slice(input.bodyEnd).trim();
  const signature =
    options.signature?.trim() ||
    draftSignoff ||
    [options.agentName, options.company]
      .map((x) => x?.trim())
      .filter(Boolean)
      .join('\n');
  const slots: Record<string, string> = {
    greeting: (name && phrases.greetingNamed ? phrases.greetingNamed : (phrases.greetingPlain ?? '')).replace(
      '{customerName}',
      () => name,
    ),
    customerName: name,
    agentName: options.agentName?.trim() ?? '',
    company: options.company?.trim() ?? '',
    product: '',
    date: '',
    body: bodyText,
    facts: uses('facts') ? factsText : '',
    closing:
      first.closing ??
      (name && phrases.closing ? phrases.closing : (phrases.closingPlain ?? '')).replace('{customerName}', () => name),
    signature,
  };
  if (!uses('closing')) {
    const at = parts.findIndex((p) => partText(p.part).includes('{signature}'));
    parts.splice(at < 0 ? parts.length : at, 0, { part: '{closing}', skip: [] });
  }
  if (!uses('signature') && !uses('agentName') && signature) parts.push({ part: '{signature}', skip: [] });
  // skipIf looks at what the reply already says: the surviving body.
  const bodyHits = !body ? [] : body.length > MAX_RESCAN ? input.draftHits : set.scan(indexText(body));
  const out: string[] = [];
  for (const { part, skip } of parts) {
    if (skip.some((id) => (bodyHits[id]?.length ?? 0) > 0)) continue;
    let empty = false;
    const filled = partText(part).replace(SLOT, (whole, slot: string) => {
      if (!(slot in slots)) return whole;
      const v = slots[slot] ?? '';
      if (!v && slot !== 'body' && slot !== 'facts') empty = true;
      return v;
    });
    const carriesBody = partText(part).includes('{body}') || partText(part).includes('{facts}');
    const t = carriesBody ? filled.trim() : withoutRepeats(filled, body);
    if (!empty && t) out.push(t);
  }
  return out.join('\n\n');
}

/** Folded words of a text, for comparing sentences regardless of case and punctuation. */
function comparable(s: string): string {
  return ` ${s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}[\]]+/gu, ' ')
    .trim()} `;
}

/**
 * A template part without the sentences the body already says (a replacement may have put the same words
 * there): the reply never says one thing twice.
 */
function withoutRepeats(part: string, body: string): string {
  const text = part.trim();
  if (!body || !text) return text;
  const inBody = comparable(body);
  const sentences = splitSentences(text);
  const kept = sentences.filter((s) => {
    const c = comparable(text.slice(s.start, s.end));
    return c.trim().length < 15 || !inBody.includes(c);
  });
  if (kept.length === sentences.length) return text;
  return kept.map((s, i) => (i === 0 ? '' : s.breakBefore) + text.slice(s.start, s.end)).join('');
}
