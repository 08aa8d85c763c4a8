import { DIMENSIONS, type Dimension, type DimensionScore, type Finding } from './types';

/** Points one unit of rule weight costs: a weight-8 finding ("calm down") costs 16 of 100. */
export const POINTS_PER_WEIGHT = 2;
/** What merely missing things cost: small next to any finding, so a clean draft still scores high. */
export const MISSING_NAME_COST = 5;
/** Cost of a reply without a closing offer of further help (practice §6). */
export const MISSING_CLOSING_COST = 5;
/** Cost of a reply that does not greet the customer (practice: personal, not canned). */
export const MISSING_GREETING_COST = 4;
/** Cost of a reply too short to explain why or what happens next (practice: explain why). */
export const TOO_SHORT_COST = 4;
/** Below this many words a reply rarely explains why or what happens next (practice: explain why). */
export const SHORT_REPLY_WORDS = 12;

/** What the score looks at besides the findings. */
export interface ScoreInput {
  findings: readonly Finding[];
  /** The customer's name is known and the draft does not use it. */
  nameMissing: boolean;
  /** The draft has no closing offer of further help. */
  closingMissing: boolean;
  /** The draft does not greet the customer. */
  greetingMissing: boolean;
  /** Words in the draft. */
  words: number;
  /** The reasons for what is missing, in the draft's language. */
  reasons: { nameMissing: string; greetingMissing: string; tooShort: string; closingMissing: string };
}

/**
 * The findings that cost points: of findings on overlapping words, only the heaviest (#12: one penalty per
 * span; a phrase two rules flag is one problem, not two).
 */
function chargedFindings(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => b.weight - a.weight || a.start - b.start);
  const kept: Finding[] = [];
  for (const f of sorted) if (!kept.some((k) => f.start < k.end && f.end > k.start)) kept.push(f);
  return kept;
}

/** The score: 100 minus the costs of findings and of what is missing, per dimension and in total. */
export function scoreDraft(input: ScoreInput): { score: number; dimensions: Record<Dimension, DimensionScore> } {
  const cost = Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) as Record<Dimension, number>;
  const reasons = Object.fromEntries(DIMENSIONS.map((d) => [d, [] as string[]])) as Record<Dimension, string[]>;
  for (const f of chargedFindings(input.findings)) {
    const c = f.weight * POINTS_PER_WEIGHT;
    cost[f.dimension] += c;
    const what = f.text.length > 60 ? `${f.text.slice(0, 57)}…` : f.text;
    reasons[f.dimension].push(`−${c}: "${what.replace(/\s+/g, ' ')}" — ${f.message}`);
  }
  if (input.nameMissing) {
    cost.warmth += MISSING_NAME_COST;
    reasons.warmth.push(`−${MISSING_NAME_COST}: ${input.reasons.nameMissing}`);
  }
  if (input.greetingMissing) {
    cost.warmth += MISSING_GREETING_COST;
    reasons.warmth.push(`−${MISSING_GREETING_COST}: ${input.reasons.greetingMissing}`);
  }
  if (input.words < SHORT_REPLY_WORDS) {
    cost.clarity += TOO_SHORT_COST;
    reasons.clarity.push(`−${TOO_SHORT_COST}: ${input.reasons.tooShort}`);
  }
  if (input.closingMissing) {
    cost.closing += MISSING_CLOSING_COST;
    reasons.closing.push(`−${MISSING_CLOSING_COST}: ${input.reasons.closingMissing}`);
  }
  const dimensions = Object.fromEntries(
    DIMENSIONS.map((d) => [d, { score: Math.max(0, 100 - cost[d]), reasons: reasons[d] }]),
  ) as Record<Dimension, DimensionScore>;
  const total = DIMENSIONS.reduce((sum, d) => sum + cost[d], 0);
  return { score: Math.max(0, Math.round(100 - total)), dimensions };
}
