import { combineScenario, FLAG_THRESHOLD, modelFindings } from '../model/hook';
import { classifyDraft, type DraftPrediction, type Models } from '../model/models';
import type { CompiledPackSet } from '../packs/api';
import type { SentenceMemo } from '../packs/compile';
import type { RulePack } from '../packs/types';
import { PROFILES } from '../packs/profiles';
import { indexText } from '../packs/text';
import { hasClosingOffer, phrasesFor } from './closing';
import { compiledFor } from './compiled';
import { knownNames } from './facts';
import { findFindings } from './findings';
import { greetingEnd, signoffStart } from './greeting';
import { detectLanguage, languageScores } from './language';
import { mentionsName } from './name';
import { rewriteDraft } from './rewrite';
import { recognizeScenario, type ScannedText, type ScenarioResult } from './scenario';
import { scoreDraft } from './score';
import { countWords, splitSentences } from './segment';
import {
  type Analysis,
  type AnalyzeInput,
  type AnalyzeOptions,
  DIMENSIONS,
  type Dimension,
  type Finding,
  type DimensionScore,
  LANGUAGES,
  type Language,
  SCENARIOS,
  type Scenario,
} from './types';

// How much more evidence the customer's message must give for its own language than for the draft's.
const FOREIGN_CUSTOMER_LEAD = 2.5;

function asString(x: unknown): string {
  return typeof x === 'string' ? x : '';
}

function isLanguage(x: unknown): x is Language {
  return typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x);
}

function isScenario(x: unknown): x is Scenario {
  return typeof x === 'string' && (SCENARIOS as readonly string[]).includes(x);
}

/** The analysis of a draft with nothing to say about it: full score, no findings, no rewrite. */
function neutral(language: Language, scenario: Scenario = 'general', reasons: string[] = []): Analysis {
  const dimensions = Object.fromEntries(
    DIMENSIONS.map((d): [Dimension, DimensionScore] => [d, { score: 100, reasons: [] }]),
  ) as Record<Dimension, DimensionScore>;
  return {
    language,
    scenario,
    scenarioConfidence: scenario === 'general' && reasons.length === 0 ? 0 : 1,
    scenarioReasons: reasons,
    score: 100,
    dimensions,
    findings: [],
    rewrite: '',
  };
}

/**
 * Scenarios the reply could follow when the recognised one gives it nothing to say, best first: the cue
 * evidence below the threshold, plus the scenario packs whose phrases the draft used (a blamed manufacturer
 * is a complaint even when no cue said so).
 */
function candidateScenarios(scores: Record<Scenario, number>, findings: readonly Finding[]): Scenario[] {
  const sum = { ...scores };
  for (const f of findings) {
    const sc = f.rule.split('.')[1];
    if (isScenario(sc)) sum[sc] += f.weight / 2;
  }
  return SCENARIOS.filter((s) => s !== 'general' && sum[s] > 0).sort((a, b) => sum[b] - sum[a]);
}

// The ids of a set's missing rules (answered by the template, not edited), found once per set.
const missingRuleIds = new WeakMap<CompiledPackSet, ReadonlySet<string>>();

function missingRulesOf(set: CompiledPackSet): ReadonlySet<string> {
  let ids = missingRuleIds.get(set);
  if (!ids) {
    ids = new Set(set.rules.filter((r) => r.rule.kind === 'missing').map((r) => r.id));
    missingRuleIds.set(set, ids);
  }
  return ids;
}

// Where a tone category of the learned layer lowers the score, and how much a sure finding costs (rules: 1–10).
const CATEGORY_DIMENSION: Readonly<Record<string, Dimension>> = {
  blaming: 'ownership',
  passing_buck: 'ownership',
  cold_transfer: 'ownership',
  policy_hiding: 'ownership',
  dismissive: 'warmth',
  condescending: 'warmth',
  sarcastic: 'warmth',
  rude_imperative: 'warmth',
  minimising: 'warmth',
  bare_refusal: 'positivity',
  bare_unknown: 'positivity',
  false_promise: 'clarity',
};
const MODEL_WEIGHT = 7;
// FLAG_THRESHOLD keeps about 95 % of clean sentences fine; a clean draft of four sentences would then be flagged
// one time in five. The margin asks the model to be surer, for about 98 % per sentence (0.93 per draft).
const DRAFT_MARGIN = 0.15;

/** The learned layer's reading of a draft, or null when it has no model for the language or fails. */
function learned(models: Models, language: Language, customer: string, draft: string): DraftPrediction | null {
  if (draft.length > MAX_MODEL_TEXT) return null;
  try {
    const sentences = splitSentences(draft).map((s) => ({ start: s.start, end: s.end }));
    return classifyDraft(models, language, { customer: customer.slice(0, MAX_MODEL_TEXT), draft, sentences });
  } catch {
    return null; // The rules alone still stand.
  }
}
// Drafts longer than this are read by the rules alone (the model is for replies, not documents).
const MAX_MODEL_TEXT = 20_000;

/** The rules' scenario weighed with the model's probabilities; the reasons name the model's words too. */
function withModelScenario(
  language: Language,
  ruled: ScenarioResult,
  prediction: DraftPrediction,
  texts: { customer: string; draft: string },
): ScenarioResult {
  const combined = combineScenario(language, prediction.scenario.probs, {
    scenario: ruled.scenario,
    confidence: ruled.confidence,
  });
  if (!isScenario(combined.scenario)) return ruled;
  const reasons = combined.scenario === ruled.scenario ? [...ruled.reasons] : [];
  const words = prediction.scenario.drivers.slice(0, 3).map((d) => `${d.in}: "${texts[d.in].slice(d.start, d.end)}"`);
  if (combined.scenario !== ruled.scenario || reasons.length === 0)
    reasons.push(`model (${combined.scenario}): ${words.join(', ')}`);
  return { ...ruled, scenario: combined.scenario, confidence: Math.round(combined.confidence * 100) / 100, reasons };
}

/** The learned layer's tone findings: sentences of the body it flags that no rule flagged (one per sentence). */
function toneFindings(
  language: Language,
  draft: string,
  prediction: DraftPrediction,
  rules: readonly Finding[],
  silenced: ReadonlySet<string>,
  bodyStart: number,
  bodyEnd: number,
): Finding[] {
  const flagged = (start: number, end: number) => rules.some((f) => f.start < end && f.end > start);
  const threshold = Math.min(0.95, (FLAG_THRESHOLD[language] ?? 0.5) + DRAFT_MARGIN);
  return modelFindings(language, draft, prediction, flagged, threshold)
    .filter((m) => m.start >= bodyStart && m.end <= bodyEnd && m.message && !silenced.has(m.rule))
    .map((m) => ({
      rule: m.rule,
      start: m.start,
      end: m.end,
      text: m.text,
      message: m.message,
      dimension: CATEGORY_DIMENSION[m.category] ?? 'warmth',
      weight: Math.max(3, Math.min(9, Math.round(MODEL_WEIGHT * m.p + 1))),
    }));
}

/**
 * The language analyze() reads an input in: the one the input names, else the one detected from the draft and the
 * customer's message. A caller that loads models per language asks this first (#15).
 */
export function analysisLanguage(input: Pick<AnalyzeInput, 'draft' | 'customer' | 'lang'>): Language {
  return isLanguage(input.lang) ? input.lang : detectLanguage(asString(input.draft), asString(input.customer));
}

function analyzeUnsafe(input: AnalyzeInput, packs: readonly RulePack[], options: AnalyzeOptions): Analysis {
  const draft = asString(input.draft);
  const customer = asString(input.customer);
  const name = asString(input.customerName).trim() || null;
  const forced = isScenario(input.scenario) ? input.scenario : undefined;
  const language = analysisLanguage(input);
  if (!/[\p{L}\p{N}]/u.test(draft))
    return neutral(language, forced ?? 'general', forced ? ['chosen by the agent'] : []);

  const set = compiledFor(Array.isArray(packs) ? packs : [], language);
  // The rewrite re-checks texts that mostly repeat the draft's sentences: each sentence is scanned once.
  const memo: SentenceMemo = new Map();
  const draftIndex = indexText(draft);
  const draftText: ScannedText = { index: draftIndex, hits: set.scan(draftIndex, memo, 'reply') };
  let customerText: ScannedText | null = null;
  let customerSet: { set: CompiledPackSet; customer: ScannedText } | undefined;
  if (customer.trim()) {
    const customerIndex = indexText(customer);
    customerText = { index: customerIndex, hits: set.scan(customerIndex, memo, 'customer') };
    // Only a clearly foreign message (several words' lead) switches cue languages; "Hi" or "No." does not.
    const scores = languageScores(customer);
    const customerLanguage = detectLanguage(customer);
    if (customerLanguage !== language && scores[customerLanguage] - scores[language] >= FOREIGN_CUSTOMER_LEAD) {
      const other = compiledFor(Array.isArray(packs) ? packs : [], customerLanguage);
      if (other.cues.length > 0)
        customerSet = {
          set: other,
          customer: { index: customerIndex, hits: other.scan(customerIndex, undefined, 'customer') },
        };
    }
  }
  const ruled = recognizeScenario(set, customerText, draftText, forced, customerSet);
  // The learned layer reads the customer's message and every sentence of the draft once (#12).
  const prediction = options.models ? learned(options.models, language, customer, draft) : null;
  const scenario = forced || !prediction ? ruled : withModelScenario(language, ruled, prediction, { customer, draft });

  const bodyStart = greetingEnd(draft);
  const bodyEnd = signoffStart(draft, bodyStart);
  const silenced = new Set(Array.isArray(options.silencedRules) ? options.silencedRules : []);
  const ruleFindings = findFindings({
    set,
    draft: draftText,
    scenario: scenario.scenario,
    silenced,
    bodyStart,
    bodyEnd,
  });
  const findings = prediction
    ? [...ruleFindings, ...toneFindings(language, draft, prediction, ruleFindings, silenced, bodyStart, bodyEnd)].sort(
        (a, b) => a.start - b.start || a.end - b.end,
      )
    : ruleFindings;

  const phrases = phrasesFor(set.packs, language);
  const { score, dimensions } = scoreDraft({
    findings,
    nameMissing: name !== null && !mentionsName(draft, name),
    // A draft that ends with its own question already invites an answer (#12: not capped for it).
    closingMissing: !hasClosingOffer(draft, language, phrases) && !/\?\s*["'”’»)]*\s*$/u.test(draft.slice(0, bodyEnd)),
    reasons: PROFILES[language].reasons,
    greetingMissing: bodyStart === 0,
    words: countWords(draft.length > 10_000 ? draft.slice(0, 10_000) : draft),
  });

  // The rewrite re-checks its body and then asks what that body says: the same text is indexed and scanned once.
  let lastScanned: ScannedText | undefined;
  const scanText = (text: string): ScannedText => {
    if (lastScanned?.index.text !== text) {
      const index = indexText(text);
      lastScanned = { index, hits: set.scan(index, memo, 'reply') };
    }
    return lastScanned;
  };
  const missingRules = missingRulesOf(set);
  const recheck = (text: string) => {
    const scanned = scanText(text);
    const again = findFindings({
      set,
      draft: scanned,
      scenario: scenario.scenario,
      silenced,
      bodyStart: 0,
      bodyEnd: text.length,
    });
    return again.filter((f) => !missingRules.has(f.rule));
  };
  let rewrite: string;
  // Computed once, and only when the rewrite keeps a fact (the re-checks' rewrites ask again).
  let names: Set<string> | undefined;
  try {
    rewrite = rewriteDraft({
      draft,
      lang: language,
      scenario: scenario.scenario,
      edits: findings.filter((f) => !missingRules.has(f.rule)),
      missing: findings.filter((f) => missingRules.has(f.rule)),
      customerName: name,
      set,
      phrases,
      options,
      bodyStart,
      bodyEnd,
      draftHits: draftText.hits,
      recheck,
      scanText: (text) => scanText(text).hits,
      knownNames: () => (names ??= knownNames([draft, customer])),
      fallbackScenarios: candidateScenarios(scenario.scores, findings),
    });
  } catch {
    // A rewrite that fails leaves the draft as it is; the rest of the analysis still stands.
    rewrite = draft;
  }
  return {
    language,
    scenario: scenario.scenario,
    scenarioConfidence: scenario.confidence,
    scenarioReasons: scenario.reasons,
    score,
    dimensions,
    findings,
    rewrite,
  };
}

/**
 * Analyses a draft reply: language, scenario, findings, score and a rewrite, with the packs of the draft's
 * language. Pure and deterministic; never throws (a failure yields a neutral analysis).
 */
export function analyze(input: AnalyzeInput, packs: readonly RulePack[], options: AnalyzeOptions = {}): Analysis {
  try {
    return analyzeUnsafe(input ?? { draft: '' }, packs, options ?? {});
  } catch {
    let language: Language = 'en';
    try {
      language = isLanguage(input?.lang) ? input.lang : detectLanguage(asString(input?.draft));
    } catch {
      // keep English
    }
    return neutral(language);
  }
}
