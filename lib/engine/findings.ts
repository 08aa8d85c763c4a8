import type { CompiledPackSet, CompiledRule, Hit, Span, TextIndex } from '../packs/api';
import { isSilenced } from '../packs/catalogue';
import type { ScannedText } from './scenario';
import { fitReplacement } from './fit';
import { splitSentences } from './segment';
import { DIMENSIONS, type Dimension, type Finding, type Scenario } from './types';

/** What the rules run on. */
export interface FindingInput {
  set: CompiledPackSet;
  draft: ScannedText;
  scenario: Scenario;
  /** Rule ids the agent silenced: full ids, or ideas silenced in every language (lib/packs/catalogue). */
  silenced: ReadonlySet<string>;
  /** Where the draft's body starts (after its greeting) and ends (before its sign-off). */
  bodyStart: number;
  bodyEnd: number;
}

// A phrase match is widened back to the start of its clause when only this many words stand before it
// ("It's not my job…" rather than "not my job…"), so the flagged text reads as a whole.
const MAX_WORDS_BEFORE = 3;

function dimensionOf(d: string): Dimension {
  return (DIMENSIONS as readonly string[]).includes(d) ? (d as Dimension) : 'clarity';
}

function weightOf(w: number): number {
  return Number.isFinite(w) ? Math.min(10, Math.max(1, w)) : 5;
}

function appliesTo(rule: CompiledRule, scenario: Scenario): boolean {
  const only = rule.rule.scenarios;
  return !only || only.length === 0 || (only as readonly string[]).includes(scenario);
}

function hitsOf(ids: readonly number[], hits: readonly (readonly Hit[])[]): Hit[] {
  const out: Hit[] = [];
  for (const id of ids) for (const h of hits[id] ?? []) out.push(h);
  return out;
}

/** Per clause: the index of its first and last word. */
function clauseWords(index: TextIndex): { first: Map<number, number>; last: Map<number, number> } {
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  index.words.forEach((w, i) => {
    if (!first.has(w.clause)) first.set(w.clause, i);
    last.set(w.clause, i);
  });
  return { first, last };
}

/** Index of the word starting at `start` (binary search; words are in text order). */
function wordAt(index: TextIndex, start: number): number {
  let lo = 0;
  let hi = index.words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = index.words[mid]!;
    if (w.start < start) lo = mid + 1;
    else if (w.start > start) hi = mid - 1;
    else return mid;
  }
  return lo;
}

function makeFinding(rule: CompiledRule, text: string, span: Span, withReplacement: boolean): Finding {
  const f: Finding = {
    rule: rule.id,
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    message: rule.rule.message,
    dimension: dimensionOf(rule.rule.dimension),
    weight: weightOf(rule.rule.weight),
  };
  if (withReplacement && rule.rule.replacement)
    f.replacement = fitReplacement(text, span.start, span.end, rule.rule.replacement);
  return f;
}

/** Keeps the heavier of overlapping findings (then the longer, then the earlier); sorted by start. */
export function mergeFindings(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      const better = f.weight > last.weight || (f.weight === last.weight && f.end - f.start > last.end - last.start);
      if (better) out[out.length - 1] = f;
      continue;
    }
    out.push(f);
  }
  return out;
}

/**
 * Runs the rules of the draft's language on the draft: phrase rules on every match not cancelled by
 * `unless`, missing rules once when the scenario is theirs and nothing they look for is there. Silenced rules
 * and rules of other scenarios stay quiet. Overlapping findings are merged; the result is sorted by start.
 */
export function findFindings(input: FindingInput): Finding[] {
  const { set, draft, scenario, silenced } = input;
  const { index, hits } = draft;
  const text = index.text;
  const { first, last } = clauseWords(index);
  const phrase: Finding[] = [];
  const missing: CompiledRule[] = [];
  for (const rule of set.rules) {
    if (isSilenced(silenced, rule.id) || !appliesTo(rule, scenario)) continue;
    const found = hitsOf(rule.patterns, hits);
    const unless = hitsOf(rule.unless, hits);
    if (rule.rule.kind === 'missing') {
      if (found.length === 0 && unless.length === 0) missing.push(rule);
      continue;
    }
    if (found.length === 0) continue;
    const draftWide = rule.rule.unlessScope === 'draft';
    if (draftWide && unless.length > 0) continue;
    const cancelled = new Set(unless.map((u) => u.sentence));
    const spans: Span[] = [];
    for (const h of found) {
      if (!draftWide && cancelled.has(h.sentence)) continue;
      let span: Span = { start: h.start, end: h.end };
      const replace = Boolean(rule.rule.replacement);
      if (!replace) {
        // No replacement: flag the whole clause from the match on, so the text reads as a whole.
        const lastWord = index.words[last.get(h.clause) ?? -1];
        if (lastWord && lastWord.end > span.end) span = { start: span.start, end: lastWord.end };
        const firstIdx = first.get(h.clause);
        if (firstIdx !== undefined) {
          const at = wordAt(index, h.start);
          const firstWord = index.words[firstIdx];
          if (firstWord && at - firstIdx > 0 && at - firstIdx <= MAX_WORDS_BEFORE) {
            span = { start: firstWord.start, end: span.end };
          }
        }
      }
      spans.push(span);
    }
    // Hits of one rule that overlap are one finding over all their words (what the rule's examples mark), so
    // "apply" replaces the whole phrase, not the longer of two pieces of it.
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const joined: Span[] = [];
    for (const sp of spans) {
      const last = joined[joined.length - 1];
      if (last && sp.start < last.end) last.end = Math.max(last.end, sp.end);
      else joined.push({ ...sp });
    }
    for (const sp of joined) phrase.push(makeFinding(rule, text, sp, Boolean(rule.rule.replacement)));
  }
  const merged = mergeFindings(phrase);
  if (missing.length === 0) return merged;
  const sentences = splitSentences(text, input.bodyStart, input.bodyEnd);
  const fallback = splitSentences(text);
  const candidates = sentences.length > 0 ? sentences : fallback;
  if (candidates.length === 0) return merged;
  const free = candidates.find((s) => !merged.some((f) => f.start < s.end && f.end > s.start));
  const target = free ?? candidates[0]!;
  // What is missing is one thing to fix in one place: the agent sees a single suggestion on that sentence, led by
  // the heaviest rule, that says everything the reply still lacks (and costs what all of them cost).
  const extra = missing.map((rule) => makeFinding(rule, text, target, false)).sort((a, b) => b.weight - a.weight);
  const [lead, ...rest] = extra;
  if (!lead) return merged;
  const combined: Finding =
    rest.length === 0
      ? lead
      : {
          ...lead,
          message: [lead.message, ...rest.map((f) => f.message)].join(' '),
          weight: Math.min(
            10,
            extra.reduce((sum, f) => sum + f.weight, 0),
          ),
        };
  return [...merged, combined].sort((a, b) => a.start - b.start || a.end - b.end);
}
