import type { CompiledPackSet, Hit, TextIndex } from '../packs/api';
import { SCENARIOS, type Scenario } from './types';

/** The recognised scenario, how sure, and the cues that decided it. */
export interface ScenarioResult {
  scenario: Scenario;
  confidence: number;
  reasons: string[];
  /** Evidence per scenario (sum of matched cue weights). */
  scores: Record<Scenario, number>;
}

/** A scenario wins when its evidence reaches this sum of cue weights (the pack contract). */
export const SCENARIO_THRESHOLD = 4;

/** One text the cues look at: its index and the set's scan result on it. */
export interface ScannedText {
  index: TextIndex;
  hits: readonly (readonly Hit[])[];
}

interface Evidence {
  scenario: Scenario;
  weight: number;
  reason: string;
  /** Where a cue matched: the text and the match's offsets in it. */
  at?: { in: 'customer' | 'draft'; start: number; end: number };
}

function isScenario(s: string): s is Scenario {
  return (SCENARIOS as readonly string[]).includes(s);
}

function quote(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 80 ? `${t.slice(0, 77)}…` : t;
}

// Four letters or more, so that acronyms (PIN, SMS, FAQ) do not count as shouting.
const CAPS_WORD = /(?<![\p{L}\p{N}])\p{Lu}{4,}(?![\p{L}\p{N}])/gu;

/**
 * Anger in the customer's message that no pack needs to spell out: several words in capitals ("NOBODY has
 * called me back"), repeated exclamation marks, "?!". Language-independent; adds to angry_customer.
 */
export function angerSignals(customer: string): Evidence[] {
  const text = customer.length > 50_000 ? customer.slice(0, 50_000) : customer;
  const out: Evidence[] = [];
  const caps = [...text.matchAll(CAPS_WORD)].map((m) => m[0]);
  const distinct = [...new Set(caps)];
  if (distinct.length >= 2) {
    out.push({
      scenario: 'angry_customer',
      weight: 3,
      reason: `customer: ${distinct
        .slice(0, 4)
        .map((w) => `"${w}"`)
        .join(', ')} (words in capitals)`,
    });
  } else if (distinct.length === 1) {
    out.push({ scenario: 'angry_customer', weight: 1, reason: `customer: "${distinct[0]}" (word in capitals)` });
  }
  if (/!{2,}|！{2,}|‼/.test(text))
    out.push({ scenario: 'angry_customer', weight: 2, reason: 'customer: "!!" (exclamations)' });
  if (/[?？][!！]|[!！][?？]|⁈|⁉/.test(text))
    out.push({ scenario: 'angry_customer', weight: 2, reason: 'customer: "?!" (indignant question)' });
  return out;
}

/** Evidence from the packs' cues: each cue counts once, in the text it names. */
function cueEvidence(
  set: CompiledPackSet,
  customer: ScannedText | null,
  draft: ScannedText,
  from: 'customer' | 'draft' | 'both',
): Evidence[] {
  const out: Evidence[] = [];
  for (const c of set.cues) {
    if (!isScenario(c.scenario)) continue;
    if (from !== 'both' && c.cue.in !== from) continue;
    const where = c.cue.in === 'customer' ? customer : draft;
    if (!where) continue;
    let hit: Hit | undefined;
    for (const id of c.patterns) {
      const hs = where.hits[id];
      if (hs && hs.length > 0) {
        hit = hs[0];
        break;
      }
    }
    if (!hit) continue;
    const text = where.index.text.slice(hit.start, hit.end);
    out.push({
      scenario: c.scenario,
      weight: c.cue.weight,
      reason: `${c.cue.in}: "${quote(text)}" (${c.cue.label})`,
      at: { in: c.cue.in === 'customer' ? 'customer' : 'draft', start: hit.start, end: hit.end },
    });
  }
  return out;
}

// Negation in the four languages: "not available", "pole saadaval", "nav pieejams", "нет в наличии".
const NEGATION =
  /(?<![\p{L}])(?:not|no|never|none|ei|pole|polnud|mitte|enam|nav|nebūs|nebija|vairs|не|нет|нету|ни)(?![\p{L}])|n['’]t(?![\p{L}])/iu;
// A cue this heavy says outright that the thing is not available ("sold out", "on otsas", "распродан").
const DECISIVE = 6;

/** True when the draft's out-of-stock evidence says the thing is not available (not merely mentions stock). */
function saysUnavailable(evidence: readonly Evidence[], draft: string): boolean {
  return evidence.some((e) => {
    if (e.scenario !== 'out_of_stock' || e.at?.in !== 'draft') return false;
    if (e.weight >= DECISIVE) return true;
    // The clause of the match, up to its end: "is not available right now" → "not".
    const before = draft.slice(0, e.at.start);
    const from = Math.max(before.search(/[^.!?;,\n–—]*$/u), 0);
    // The not-knowing itself ("uusi ei tea") is no negation of availability: blank it out.
    let clause = draft.slice(from, e.at.end);
    for (const u of evidence) {
      if (u.scenario !== 'unknown_answer' || u.at?.in !== 'draft') continue;
      const a = Math.max(u.at.start, from) - from;
      const b = Math.min(u.at.end, e.at.end) - from;
      if (a < b) clause = clause.slice(0, a) + ' '.repeat(b - a) + clause.slice(b);
    }
    return NEGATION.test(clause);
  });
}

/** True when the customer asks something: a question mark, or an availability cue of their own. */
function asks(customer: ScannedText): boolean {
  return /[?？]/u.test(customer.index.text.slice(0, 50_000));
}

/**
 * Recognises the scenario: cue weights summed per scenario (customer's message and draft), plus anger
 * signals; the highest sum wins from the threshold on, angry_customer over complaint when both reach it;
 * otherwise 'general'. A forced scenario (the agent chose it) wins outright. `customerSet` gives the packs
 * and scan of the customer's own language when it differs from the draft's.
 */
export function recognizeScenario(
  set: CompiledPackSet,
  customer: ScannedText | null,
  draft: ScannedText,
  forced?: Scenario,
  customerSet?: { set: CompiledPackSet; customer: ScannedText },
): ScenarioResult {
  // A customer who writes in another language than the reply is read with the cues of their own language.
  const evidence = customerSet
    ? [
        ...cueEvidence(set, null, draft, 'draft'),
        ...cueEvidence(customerSet.set, customerSet.customer, draft, 'customer'),
      ]
    : cueEvidence(set, customer, draft, 'both');
  if (customer) evidence.push(...angerSignals(customer.index.text));
  const scores = Object.fromEntries(SCENARIOS.map((s) => [s, 0])) as Record<Scenario, number>;
  for (const e of evidence) scores[e.scenario] += e.weight;
  if (forced && isScenario(forced)) {
    return { scenario: forced, confidence: 1, reasons: ['chosen by the agent'], scores };
  }
  const ranked = SCENARIOS.filter((s) => s !== 'general').sort((a, b) => scores[b] - scores[a]);
  let winner: Scenario = 'general';
  const top = ranked[0];
  if (top && scores[top] >= SCENARIO_THRESHOLD) winner = top;
  if (winner === 'complaint' && scores.angry_customer >= SCENARIO_THRESHOLD) winner = 'angry_customer';
  if (winner === 'unknown_answer' && customer && saysUnavailable(evidence, draft.index.text) && asks(customer)) {
    // The customer asked for something and the reply says it is not available: whatever the reply does not
    // know (when it is back) is the out-of-stock reply's gap, not a question it cannot answer.
    winner = 'out_of_stock';
    scores.out_of_stock = Math.max(scores.out_of_stock, SCENARIO_THRESHOLD);
  }
  const best = winner === 'general' ? scores.general : scores[winner];
  // Complaint evidence is not a rival of an angry customer: angry customers complain.
  const rivals = SCENARIOS.filter(
    (s) => s !== winner && s !== 'general' && !(winner === 'angry_customer' && s === 'complaint'),
  );
  const second = Math.max(0, ...rivals.map((s) => scores[s]));
  let confidence: number;
  if (winner === 'general') {
    // Sure of 'general' when no scenario has evidence; less so the closer one came to the threshold.
    confidence = Math.max(0.2, 1 - (scores[top ?? 'general'] ?? 0) / (SCENARIO_THRESHOLD + 2));
  } else {
    confidence = best / (best + second + 2);
  }
  const reasons = evidence
    .filter((e) => e.scenario === winner || (winner === 'angry_customer' && e.scenario === 'complaint'))
    .sort((a, b) => b.weight - a.weight)
    .map((e) => e.reason);
  return { scenario: winner, confidence: Math.round(confidence * 100) / 100, reasons, scores };
}
