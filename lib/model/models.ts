/**
 * The learned layer's three classifiers per language (#12): the scenario of a conversation (the customer's
 * message and the draft, features prefixed by source), and each draft sentence's tone and role. Pure: no DOM,
 * no Node, no browser APIs; the weights come in as parsed JSON.
 */
import {
  bigramKey,
  contextKeys,
  extractFeatures,
  type FeatureConfig,
  featureCount,
  forEachFeature,
  type SentenceContext,
  SOURCE,
  SPECIAL,
  sourceKey,
  type TextFeatures,
  wordAt,
} from './features';
import {
  addFeature,
  contribution,
  finishScores,
  type Head,
  headOf,
  type LinearModel,
  loadLinear,
  newScores,
  rowOf,
  softmax,
  type TableFile,
} from './linear';

/** How the tone head's probabilities become a flag: the threshold and the categories merged into others. */
export interface ToneSettings {
  /** Flag a sentence when 1 − p(fine) reaches this (chosen by cross-validation on the train split). */
  threshold: number;
  /** Corpus categories too rare to learn, mapped to the category that stands for them. */
  merged: Record<string, string>;
}

/** One language's model file (lib/model/weights/<lang>.json), as `npm run train` writes it. */
export interface ModelFile {
  format: 2;
  lang: string;
  /** FNV-1a of the training data (the train batches and their list), to tell stale weights. */
  corpus: string;
  /** The batches the weights were trained on. */
  batches: string[];
  features: FeatureConfig;
  /** The scenario table: one head, 'scenario'; customer features salted "c:", draft features "d:". */
  scenario: TableFile;
  /** The sentence table: heads 'tone' and 'role' over the same features. */
  sentence: TableFile;
  tone: ToneSettings;
}

/** One language's classifiers, ready to use. */
export interface LanguageModels {
  readonly lang: string;
  readonly file: Pick<ModelFile, 'corpus' | 'batches' | 'format'>;
  readonly features: FeatureConfig;
  readonly scenario: LinearModel;
  readonly scenarioHead: Head;
  readonly sentence: LinearModel;
  readonly toneHead: Head;
  readonly roleHead: Head;
  readonly tone: Readonly<ToneSettings>;
  /** Index of 'fine' within the tone head. */
  readonly fineIndex: number;
}

/** Classifiers by language (a Map, or anything that answers `get`, e.g. one that decodes on first use). */
export interface Models {
  get(lang: string): LanguageModels | undefined;
}

/** A span of words that drove a prediction: UTF-16 offsets [start, end) into the text it came from. */
export interface Driver {
  start: number;
  end: number;
}

/** The scenario as the model reads it. */
export interface ScenarioPrediction {
  label: string;
  probs: Record<string, number>;
  /** The words that spoke most for the label, in the customer's message or in the draft. */
  drivers: (Driver & { in: 'customer' | 'draft' })[];
}

/** A sentence's tone and role as the model reads them. */
export interface SentencePrediction {
  tone: {
    /** 'fine', or the most likely flagged category when 1 − p(fine) reaches the threshold. */
    label: string;
    /** The probability of `label`. */
    p: number;
    /** 1 − p(fine): how likely the sentence is flagged at all. */
    pFlag: number;
    /** The words that drove a flagged label (empty for 'fine'). */
    drivers: Driver[];
  };
  role: { label: string; p: number };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function checkedFile(f: unknown): ModelFile {
  if (!isRecord(f) || f.format !== 2 || typeof f.lang !== 'string') throw new Error('not a Tact model file (format 2)');
  return f as unknown as ModelFile;
}

/**
 * Models that decode a language's file the first time it is asked for (a service worker then pays only for
 * the language of the first draft); a malformed file throws at that moment.
 */
export function lazyModels(files: readonly unknown[]): Models {
  const byLang = new Map<string, unknown>();
  for (const f of files) byLang.set(checkedFile(f).lang, f);
  const loaded = new Map<string, LanguageModels>();
  return {
    get(lang) {
      let m = loaded.get(lang);
      if (!m && byLang.has(lang)) {
        m = loadModels(byLang.get(lang)).get(lang)!;
        loaded.set(lang, m);
      }
      return m;
    },
  };
}

/** Loads model files (one per language, or a list of them); throws on a malformed file. */
export function loadModels(json: unknown): Map<string, LanguageModels> {
  const files = Array.isArray(json) ? json : [json];
  const out = new Map<string, LanguageModels>();
  for (const f of files) {
    const file = checkedFile(f);
    out.set(file.lang, languageModels(file, loadLinear(file.scenario), loadLinear(file.sentence)));
  }
  return out;
}

/** What a model file says besides its tables. */
export type ModelMeta = Pick<ModelFile, 'lang' | 'corpus' | 'batches' | 'format' | 'features' | 'tone'>;

/** A language's classifiers from its file's description and its two tables; throws when a head is missing. */
export function languageModels(file: ModelMeta, scenario: LinearModel, sentence: LinearModel): LanguageModels {
  const toneHead = headOf(sentence, 'tone');
  const fineIndex = toneHead.labels.indexOf('fine');
  if (fineIndex < 0) throw new Error(`${file.lang}: the tone head has no 'fine' label`);
  return {
    lang: file.lang,
    file: { corpus: file.corpus, batches: [...file.batches], format: file.format },
    features: { ...file.features },
    scenario,
    scenarioHead: headOf(scenario, 'scenario'),
    sentence,
    toneHead,
    roleHead: headOf(sentence, 'role'),
    tone: { threshold: file.tone.threshold, merged: { ...file.tone.merged } },
    fineIndex,
  };
}

/**
 * Models that may have to be read first (the service worker fetches each language's file): `load(lang)`
 * settles once `get(lang)` answers for it, or once it is clear that it never will (no such file, or a bad one:
 * the rules alone then read that language).
 */
export interface LoadingModels extends Models {
  load(lang: string): Promise<void>;
}

/** Models already in memory, as LoadingModels. */
export function loadedModels(models: Models): LoadingModels {
  return { get: (lang) => models.get(lang), load: async () => {} };
}

// Scratch for context keys (one sentence at a time).
const ctxScratch: number[] = [];

/**
 * Adds the features of words [w0, w1) of `tf` (keys salted by source) and `extra` keys to `scores`, each with
 * value 1/√n for n features. Returns that value (0 when there is nothing).
 */
function scoreRange(
  m: LinearModel,
  tf: TextFeatures,
  w0: number,
  w1: number,
  config: FeatureConfig,
  salt: number,
  extra: readonly number[],
  scores: Float64Array,
): number {
  const n = featureCount(tf, w0, w1, config) + extra.length;
  if (n === 0) return 0;
  const v = 1 / Math.sqrt(n);
  const { feats, featStart } = tf;
  const fe = featStart[w1]!;
  if (salt === 0) for (let f = featStart[w0]!; f < fe; f++) addFeature(m, feats[f]!, v, scores);
  else for (let f = featStart[w0]!; f < fe; f++) addFeature(m, sourceKey(feats[f]!, salt), v, scores);
  if (config.bigrams && w1 > w0) {
    // The same keys, in the same order, as forEachFeature's bigrams.
    const wk = tf.wordKey;
    addFeature(m, sourceKey(bigramKey(SPECIAL.sentenceStart, wk[w0]!), salt), v, scores);
    for (let w = w0; w + 1 < w1; w++) addFeature(m, sourceKey(bigramKey(wk[w]!, wk[w + 1]!), salt), v, scores);
    addFeature(m, sourceKey(bigramKey(wk[w1 - 1]!, SPECIAL.sentenceEnd), salt), v, scores);
  }
  for (const key of extra) addFeature(m, sourceKey(key, salt), v, scores);
  return v;
}

/** The features of one example, as the trainer sees them: keys and their values (scoring adds value × w[key]). */
export interface ExampleFeatures {
  keys: number[];
  values: number[];
}

/** Appends the features of words [w0, w1) of `tf` and `extra` keys, salted, to `ex` (the trainer's view). */
export function collectRange(
  tf: TextFeatures,
  w0: number,
  w1: number,
  config: FeatureConfig,
  salt: number,
  extra: readonly number[],
  ex: ExampleFeatures,
): void {
  const n = featureCount(tf, w0, w1, config) + extra.length;
  if (n === 0) return;
  const v = 1 / Math.sqrt(n);
  forEachFeature(tf, w0, w1, config, (key) => {
    ex.keys.push(sourceKey(key, salt));
    ex.values.push(v);
  });
  for (const key of extra) {
    ex.keys.push(sourceKey(key, salt));
    ex.values.push(v);
  }
}

/** The scenario example of a conversation: customer features salted "c:", draft features salted "d:". */
export function scenarioFeatures(
  customer: TextFeatures,
  draft: TextFeatures,
  config: FeatureConfig,
  ex: ExampleFeatures = { keys: [], values: [] },
): ExampleFeatures {
  collectRange(customer, 0, customer.count, config, SOURCE.customer, [], ex);
  collectRange(draft, 0, draft.count, config, SOURCE.draft, [], ex);
  return ex;
}

/** The sentence example of words [w0, w1) of a draft: its own features, its length and its place. */
export function sentenceFeatures(
  tf: TextFeatures,
  w0: number,
  w1: number,
  config: FeatureConfig,
  ctx: SentenceContext | undefined,
  ex: ExampleFeatures = { keys: [], values: [] },
): ExampleFeatures {
  contextKeys(ctx, w1 - w0, ctxScratch);
  collectRange(tf, w0, w1, config, SOURCE.none, ctxScratch, ex);
  return ex;
}

interface WordScore {
  text: 'customer' | 'draft';
  tf: TextFeatures;
  score: Float64Array;
}

/**
 * The words with the highest positive contribution to class `c`: at most `max` words, each at least a third
 * of the best one's, adjacent words joined into one span. Punctuation tokens never drive.
 */
function pickDrivers(parts: readonly WordScore[], w0s: readonly number[], max = 3): (Driver & { part: number })[] {
  const cands: { part: number; w: number; s: number }[] = [];
  parts.forEach((p, part) => {
    for (let i = 0; i < p.score.length; i++) {
      const w = w0s[part]! + i;
      if (p.score[i]! > 0 && !p.tf.punct[w]) cands.push({ part, w, s: p.score[i]! });
    }
  });
  if (cands.length === 0) return [];
  cands.sort((a, b) => b.s - a.s || a.part - b.part || a.w - b.w);
  const floor = cands[0]!.s / 3;
  const chosen = cands.slice(0, max).filter((c) => c.s >= floor);
  chosen.sort((a, b) => a.part - b.part || a.w - b.w);
  const out: (Driver & { part: number })[] = [];
  let last: { part: number; w: number } | undefined;
  for (const c of chosen) {
    const tf = parts[c.part]!.tf;
    const prev = out[out.length - 1];
    if (prev && last && last.part === c.part && last.w + 1 === c.w) prev.end = tf.end[c.w]!;
    else out.push({ part: c.part, start: tf.start[c.w]!, end: tf.end[c.w]! });
    last = c;
  }
  return out;
}

/** Per-word contributions to class `c` of a head for words [w0, w1) (bigrams split between their two words). */
function wordContributions(
  m: LinearModel,
  head: Head,
  tf: TextFeatures,
  w0: number,
  w1: number,
  config: FeatureConfig,
  salt: number,
  v: number,
  c: number,
  probs: Float64Array,
): Float64Array {
  const out = new Float64Array(Math.max(0, w1 - w0));
  if (v === 0) return out;
  forEachFeature(tf, w0, w1, config, (key, w, w2) => {
    const r = rowOf(m, sourceKey(key, salt));
    if (r < 0) return;
    const x = contribution(m, r, v, head, c, probs);
    if (w2 >= 0) {
      out[w - w0]! += x / 2;
      out[w2 - w0]! += x / 2;
    } else out[w - w0]! += x;
  });
  return out;
}

function probsRecord(head: Head, p: Float64Array): Record<string, number> {
  const out: Record<string, number> = {};
  head.labels.forEach((l, i) => {
    out[l] = p[head.offset + i]!;
  });
  return out;
}

/** The scenario of a conversation from already extracted features (drivers worked out when first read). */
function scenarioOf(lm: LanguageModels, customer: TextFeatures, draft: TextFeatures): ScenarioPrediction {
  const m = lm.scenario;
  const head = lm.scenarioHead;
  const cfg = lm.features;
  const scores = newScores(m);
  const vc = scoreRange(m, customer, 0, customer.count, cfg, SOURCE.customer, [], scores);
  const vd = scoreRange(m, draft, 0, draft.count, cfg, SOURCE.draft, [], scores);
  finishScores(m, scores);
  const best = softmax(scores, head);
  let drivers: ScenarioPrediction['drivers'] | undefined;
  return {
    label: head.labels[best]!,
    probs: probsRecord(head, scores),
    // Most callers only need the label: the words behind it are found when asked for.
    get drivers() {
      if (!drivers) {
        const parts: WordScore[] = [
          {
            text: 'customer',
            tf: customer,
            score: wordContributions(m, head, customer, 0, customer.count, cfg, SOURCE.customer, vc, best, scores),
          },
          {
            text: 'draft',
            tf: draft,
            score: wordContributions(m, head, draft, 0, draft.count, cfg, SOURCE.draft, vd, best, scores),
          },
        ];
        drivers = pickDrivers(parts, [0, 0]).map((d) => ({ in: parts[d.part]!.text, start: d.start, end: d.end }));
      }
      return drivers;
    },
  };
}

/** Tone and role of words [w0, w1) of a draft's features. */
function sentenceOf(
  lm: LanguageModels,
  tf: TextFeatures,
  w0: number,
  w1: number,
  ctx: SentenceContext | undefined,
): SentencePrediction {
  const cfg = lm.features;
  const m = lm.sentence;
  const { toneHead, roleHead, fineIndex } = lm;
  contextKeys(ctx, w1 - w0, ctxScratch);
  const scores = newScores(m);
  const v = scoreRange(m, tf, w0, w1, cfg, SOURCE.none, ctxScratch, scores);
  finishScores(m, scores);
  softmax(scores, toneHead);
  const t0 = toneHead.offset;
  const pFlag = 1 - scores[t0 + fineIndex]!;
  let label = fineIndex;
  let hasWords = false;
  for (let w = w0; w < w1 && !hasWords; w++) hasWords = tf.punct[w] === 0;
  // A flag needs words to point at: a sentence of punctuation (or nothing) stays fine.
  if (hasWords && pFlag >= lm.tone.threshold) {
    label = -1;
    for (let c = 0; c < toneHead.k; c++)
      if (c !== fineIndex && (label < 0 || scores[t0 + c]! > scores[t0 + label]!)) label = c;
  }
  let drivers =
    label === fineIndex
      ? []
      : pickDrivers(
          [
            {
              text: 'draft',
              tf,
              score: wordContributions(m, toneHead, tf, w0, w1, cfg, SOURCE.none, v, label, scores),
            },
          ],
          [w0],
        ).map(({ start, end }) => ({ start, end }));
  // No word spoke for the flag (the bias and the sentence's place did): nothing to show, so no flag.
  if (label !== fineIndex && drivers.length === 0) label = fineIndex;
  if (label === fineIndex) drivers = [];
  const rb = softmax(scores, roleHead);
  return {
    tone: { label: toneHead.labels[label]!, p: scores[t0 + label]!, pFlag, drivers },
    role: { label: roleHead.labels[rb]!, p: scores[roleHead.offset + rb]! },
  };
}

function modelsFor(models: Models, lang: string): LanguageModels | undefined {
  return models.get(lang);
}

/** The scenario of a conversation, or null when there is no model for the language. */
export function classifyScenario(
  models: Models,
  lang: string,
  customer: string,
  draft: string,
): ScenarioPrediction | null {
  const lm = modelsFor(models, lang);
  if (!lm) return null;
  return scenarioOf(lm, extractFeatures(customer, lm.features), extractFeatures(draft, lm.features));
}

/** One sentence's tone and role (its place in the draft helps the role), or null without a model. */
export function classifySentence(
  models: Models,
  lang: string,
  text: string,
  ctx?: SentenceContext,
): SentencePrediction | null {
  const lm = modelsFor(models, lang);
  if (!lm) return null;
  const tf = extractFeatures(text, lm.features);
  return sentenceOf(lm, tf, 0, tf.count, ctx);
}

/** A sentence of the draft to classify: UTF-16 offsets into the draft. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** Everything the learned layer says about a draft, with offsets into the draft (drivers included). */
export interface DraftPrediction {
  scenario: ScenarioPrediction;
  sentences: (SentencePrediction & SentenceSpan)[];
}

/**
 * The scenario and every sentence's tone and role, reading the draft once: the hook analyze() calls with
 * the sentences it split. Null when there is no model for the language.
 */
export function classifyDraft(
  models: Models,
  lang: string,
  input: { customer?: string; draft: string; sentences: readonly SentenceSpan[] },
): DraftPrediction | null {
  const lm = modelsFor(models, lang);
  if (!lm) return null;
  const draft = extractFeatures(input.draft, lm.features);
  const customer = extractFeatures(input.customer ?? '', lm.features);
  const scenario = scenarioOf(lm, customer, draft);
  const n = input.sentences.length;
  const text = input.draft;
  const sentences = input.sentences.map((s, index) => {
    const w0 = wordAt(draft, s.start);
    let w1 = w0;
    while (w1 < draft.count && draft.start[w1]! < s.end) w1++;
    const ownLine = isOwnLine(text, s.start, s.end);
    return { start: s.start, end: s.end, ...sentenceOf(lm, draft, w0, w1, { index, count: n, ownLine }) };
  });
  return { scenario, sentences };
}

/** Whether text[start, end) has only spaces between it and the line breaks (or text edges) around it. */
export function isOwnLine(text: string, start: number, end: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n') break;
    if (c !== ' ' && c !== '\t' && c !== '\r') return false;
  }
  for (let i = end; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') break;
    if (c !== ' ' && c !== '\t' && c !== '\r') return false;
  }
  return true;
}
