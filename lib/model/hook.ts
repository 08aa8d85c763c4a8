/**
 * The small, separate hook by which analyze() can use the learned layer (#12): combine the model's scenario
 * probabilities with the rules' evidence, and turn the model's flagged sentences that no rule flagged into
 * findings that name their category, explain it in the draft's language and mark the words that drove them.
 * How to wire it: docs/model.md, "Wiring it into analyze()".
 */
import { toneMessage } from './messages';
import type { DraftPrediction } from './models';

/**
 * Weight of the rules' vote per language, chosen on the train batches (out-of-fold model probabilities) by
 * bench/modelWithRules.ts: the combined scenario is argmax p_model(s) + α · confidence · [s = rules' scenario].
 */
export const RULES_WEIGHT: Readonly<Record<string, number>> = { en: 0.5, et: 0.5, lv: 0.55, ru: 0.5 };

/**
 * The flag threshold on 1 − p(fine) per language for sentences no rule flagged, chosen on the train batches'
 * out-of-fold predictions so that rules and model together keep 95 % of clean sentences fine there
 * (bench/modelWithRules.ts). Never below the model's own threshold (en: the same).
 */
export const FLAG_THRESHOLD: Readonly<Record<string, number>> = { en: 0.45, et: 0.42, lv: 0.48, ru: 0.61 };

/** The scenario from the model's probabilities and the rules' choice, and how sure (the winner's share). */
export function combineScenario(
  lang: string,
  probs: Readonly<Record<string, number>>,
  rules: { scenario: string; confidence: number },
  alpha = RULES_WEIGHT[lang] ?? 0.5,
): { scenario: string; confidence: number } {
  let best = '';
  let bestScore = -Infinity;
  let total = 0;
  for (const [s, p] of Object.entries(probs)) {
    const score = p + (s === rules.scenario ? alpha * rules.confidence : 0);
    total += score;
    if (score > bestScore) {
      bestScore = score;
      best = s;
    }
  }
  return { scenario: best, confidence: total > 0 ? bestScore / total : 0 };
}

/** Whether a finding's rule id is the learned layer's ('model.tone.<category>') rather than a pack rule's. */
export function isModelRule(rule: string): boolean {
  return rule.startsWith('model.');
}

/** A tone finding of the model: the words that drove it, its category and the message for it. */
export interface ModelFinding {
  /** 'model.tone.<category>', so it can be silenced like a rule. */
  rule: string;
  category: string;
  /** UTF-16 offsets into the draft, from the first to the last driving word of the sentence. */
  start: number;
  end: number;
  text: string;
  message: string;
  /** The model's probability that the sentence is flagged at all. */
  p: number;
}

/**
 * Findings for the sentences the model flags (at `threshold` or above) and no rule flagged (`ruleFlagged(start,
 * end)` says whether a rule finding overlaps a sentence): one per sentence, spanning its driving words, never
 * a whole paragraph.
 */
export function modelFindings(
  lang: string,
  draft: string,
  prediction: DraftPrediction,
  ruleFlagged: (start: number, end: number) => boolean,
  threshold = FLAG_THRESHOLD[lang] ?? 0.5,
): ModelFinding[] {
  const out: ModelFinding[] = [];
  for (const s of prediction.sentences) {
    const { label, drivers, pFlag } = s.tone;
    if (label === 'fine' || pFlag < threshold || drivers.length === 0 || ruleFlagged(s.start, s.end)) continue;
    const start = drivers[0]!.start;
    const end = drivers[drivers.length - 1]!.end;
    out.push({
      rule: `model.tone.${label}`,
      category: label,
      start,
      end,
      text: draft.slice(start, end),
      message: toneMessage(lang, label) ?? '',
      p: pFlag,
    });
  }
  return out;
}
