/**
 * Deterministic training of the learned layer (#12): multinomial logistic regression with L2, AdaGrad, a
 * fixed number of epochs over examples in a seeded order. Same corpus and options → byte-identical model
 * file. Pure (no Node APIs) so tests can train on a slice in memory; lib/model/train.ts reads and writes files.
 * Never imported by the runtime (index.ts): the extension does not train.
 */
import { encodeKeys, toBase64 } from './bytes';
import { type Conversation, ROLE_LABELS, SCENARIO_LABELS, sentenceOffsets, TONE_LABELS } from './corpus';
import { DEFAULT_FEATURES, extractFeatures, type FeatureConfig, fnv, wordAt } from './features';
import { addFeature, finishScores, headOf, loadLinear, newScores, softmax, type TableFile } from './linear';
import { type ExampleFeatures, isOwnLine, type ModelFile, scenarioFeatures, sentenceFeatures } from './models';

/** How a classifier is trained and pruned. */
export interface TrainOptions {
  epochs: number;
  /** AdaGrad's base learning rate. */
  lr: number;
  /** L2 penalty per update on the weights a step touches. */
  l2: number;
  seed: number;
  /** Keep a feature only if it occurs in at least this many training examples. */
  minCount: number;
  /** After int8 quantisation, drop a feature whose largest |weight| is below this many steps. */
  minQuant: number;
  /**
   * Keep at most this many features (those with the largest weights, each head's relative to its largest),
   * training again on them: the size budget of the model files (2 MB for every language together).
   */
  maxFeatures: number;
}

/** Options per table, as used by `npm run train`. */
export interface LanguageOptions {
  features: FeatureConfig;
  scenario: TrainOptions;
  /** The sentence table: its tone and role heads are trained with the same options over the same features. */
  sentence: TrainOptions;
  /** A tone category with fewer train sentences than this in the language is merged (see TONE_MERGE). */
  minToneCount: number;
  /** The clean specificity the flag threshold keeps on held-out folds. */
  targetSpecificity: number;
  /** How much a flagged sentence counts for the tone head against a fine one (flagged sentences are rarer). */
  flaggedWeight: number;
}

const BASE = { epochs: 12, lr: 0.3, l2: 1e-4, seed: 12, minCount: 2, minQuant: 1 };

/** The options `npm run train` uses (recorded in docs/model.md with the numbers they gave). */
export const DEFAULT_OPTIONS: LanguageOptions = {
  features: DEFAULT_FEATURES,
  scenario: { ...BASE, maxFeatures: 10_000 },
  sentence: { ...BASE, maxFeatures: 8_000 },
  minToneCount: 6,
  targetSpecificity: 0.97,
  flaggedWeight: 1,
};

/**
 * Where a rare tone category goes: to the category whose advice fits it best (a cold transfer is passing the
 * buck, sarcasm talks down, minimising dismisses, hiding behind policy refuses without a reason). Categories
 * not listed, or whose target is itself merged, fall back to 'dismissive'.
 */
export const TONE_MERGE: Readonly<Record<string, string>> = {
  cold_transfer: 'passing_buck',
  sarcastic: 'condescending',
  minimising: 'dismissive',
  policy_hiding: 'bare_refusal',
};

/** A training example: merged duplicate features, its class, and how much it counts (1 unless said). */
export interface Example extends ExampleFeatures {
  label: number;
  weight?: number;
}

/** Mulberry32: a small seeded PRNG (same seed, same sequence everywhere). */
export function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A trained classifier in full precision: sorted unsigned keys, rows × k weights, biases. */
export interface Trained {
  keys: number[];
  k: number;
  weights: Float64Array;
  bias: Float64Array;
}

/** The vocabulary of examples: keys (unsigned, sorted) that occur in at least `minCount` of them. */
export function vocabulary(examples: readonly ExampleFeatures[], minCount: number): number[] {
  const df = new Map<number, number>();
  for (const ex of examples) {
    const seen = new Set<number>();
    for (const key of ex.keys) {
      const u = key >>> 0;
      if (seen.has(u)) continue;
      seen.add(u);
      df.set(u, (df.get(u) ?? 0) + 1);
    }
  }
  return [...df.entries()]
    .filter(([, n]) => n >= minCount)
    .map(([key]) => key)
    .sort((a, b) => a - b);
}

/** Trains a softmax classifier with k classes on the examples, over the given vocabulary (or their own). */
export function trainLinear(
  examples: readonly Example[],
  k: number,
  opts: TrainOptions,
  keys: number[] = vocabulary(examples, opts.minCount),
): Trained {
  const rowOf = new Map<number, number>(keys.map((key, r) => [key, r]));
  // Examples packed flat: rows (sorted, duplicates summed) and values at [start[i], start[i + 1]).
  const start = new Int32Array(examples.length + 1);
  const rowList: number[] = [];
  const valueList: number[] = [];
  const labels = new Int32Array(examples.length);
  const weights = new Float64Array(examples.length);
  examples.forEach((ex, i) => {
    const acc = new Map<number, number>();
    ex.keys.forEach((key, j) => {
      const r = rowOf.get(key >>> 0);
      if (r !== undefined) acc.set(r, (acc.get(r) ?? 0) + ex.values[j]!);
    });
    for (const r of [...acc.keys()].sort((a, b) => a - b)) {
      rowList.push(r);
      valueList.push(acc.get(r)!);
    }
    start[i + 1] = rowList.length;
    labels[i] = ex.label;
    weights[i] = ex.weight ?? 1;
  });
  const rows = Int32Array.from(rowList);
  const values = Float64Array.from(valueList);
  const n = keys.length;
  const w = new Float64Array(n * k);
  const g = new Float64Array(n * k);
  const bias = new Float64Array(k);
  const gb = new Float64Array(k);
  const d = new Float64Array(k);
  const order = Int32Array.from(examples.keys());
  const rand = mulberry32(opts.seed);
  const { lr, l2 } = opts;
  const eps = 1e-8;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    for (let oi = 0; oi < order.length; oi++) {
      const idx = order[oi]!;
      const f0 = start[idx]!;
      const f1 = start[idx + 1]!;
      for (let c = 0; c < k; c++) d[c] = bias[c]!;
      for (let f = f0; f < f1; f++) {
        const o = rows[f]! * k;
        const v = values[f]!;
        for (let c = 0; c < k; c++) d[c]! += w[o + c]! * v;
      }
      let top = d[0]!;
      for (let c = 1; c < k; c++) if (d[c]! > top) top = d[c]!;
      let sum = 0;
      for (let c = 0; c < k; c++) {
        d[c] = Math.exp(d[c]! - top);
        sum += d[c]!;
      }
      // d becomes p − y: the gradient of the loss by each class's score.
      const y = labels[idx]!;
      const ew = weights[idx]!;
      for (let c = 0; c < k; c++) d[c] = (d[c]! / sum - (c === y ? 1 : 0)) * ew;
      for (let c = 0; c < k; c++) {
        const gc = d[c]!;
        gb[c]! += gc * gc;
        bias[c]! -= (lr * gc) / Math.sqrt(gb[c]! + eps);
      }
      for (let f = f0; f < f1; f++) {
        const o = rows[f]! * k;
        const v = values[f]!;
        for (let c = 0; c < k; c++) {
          const gc = d[c]! * v + l2 * w[o + c]!;
          g[o + c]! += gc * gc;
          w[o + c]! -= (lr * gc) / Math.sqrt(g[o + c]! + eps);
        }
      }
    }
  }
  return { keys, k, weights: w, bias };
}

/** One head of a table to train: its number of classes and each example's class. */
export interface HeadTarget {
  k: number;
  labels: readonly number[];
  /** How much each example counts for this head (1 when absent). */
  weights?: readonly number[];
}

/**
 * Trains the heads of one table over one vocabulary. With more than `maxFeatures` features, keeps those with
 * the largest weights (sum over heads of squared weights, each head's relative to its largest) and trains
 * again on those only, so the kept weights fit without the dropped ones.
 */
export function trainTable(
  examples: readonly ExampleFeatures[],
  heads: readonly HeadTarget[],
  opts: TrainOptions,
): Trained[] {
  const run = (keys: number[]) =>
    heads.map((h) =>
      trainLinear(
        examples.map((e, i) => ({ keys: e.keys, values: e.values, label: h.labels[i]!, weight: h.weights?.[i] })),
        h.k,
        opts,
        keys,
      ),
    );
  const all = vocabulary(examples, opts.minCount);
  const first = run(all);
  if (all.length <= opts.maxFeatures) return first;
  const weight = new Float64Array(all.length);
  for (const t of first) {
    let max = 0;
    for (const x of t.weights) max = Math.max(max, Math.abs(x));
    if (max === 0) continue;
    for (let r = 0; r < all.length; r++)
      for (let c = 0; c < t.k; c++) weight[r]! += (t.weights[r * t.k + c]! / max) ** 2;
  }
  const kept = all
    .map((_, r) => r)
    .sort((a, b) => weight[b]! - weight[a]! || a - b)
    .slice(0, opts.maxFeatures)
    .sort((a, b) => a - b)
    .map((r) => all[r]!);
  return run(kept);
}

/** Rounds to a fixed number of decimals (so files carry no float noise). */
function round(x: number, decimals: number): number {
  const m = 10 ** decimals;
  return Math.round(x * m) / m;
}

/** One head to quantise: its name, labels and trained weights (over the table's keys). */
export interface HeadToQuantise {
  name: string;
  labels: readonly string[];
  trained: Trained;
}

/**
 * Quantises heads trained over the same keys to int8 (one scale per head) and keeps a feature when any head
 * has a weight of at least `minQuant` steps on it.
 */
export function toTableFile(heads: readonly HeadToQuantise[], minQuant: number): TableFile {
  const keys = heads[0]!.trained.keys;
  for (const h of heads) if (h.trained.keys !== keys) throw new Error('heads of a table share their keys');
  const quant = heads.map(({ trained }) => {
    let maxAbs = 0;
    for (const x of trained.weights) maxAbs = Math.max(maxAbs, Math.abs(x));
    const scale = maxAbs > 0 ? Number((maxAbs / 127).toPrecision(6)) : 1;
    const q = new Int8Array(trained.weights.length);
    trained.weights.forEach((x, i) => {
      q[i] = Math.max(-127, Math.min(127, Math.round(x / scale)));
    });
    return { scale, q };
  });
  const kept: number[] = [];
  for (let r = 0; r < keys.length; r++) {
    let big = 0;
    heads.forEach((h, i) => {
      const { k } = h.trained;
      for (let c = 0; c < k; c++) big = Math.max(big, Math.abs(quant[i]!.q[r * k + c]!));
    });
    if (big >= minQuant) kept.push(r);
  }
  return {
    count: kept.length,
    keys: toBase64(encodeKeys(kept.map((r) => keys[r]!))),
    heads: heads.map((h, i) => {
      const { k } = h.trained;
      const bytes = new Uint8Array(kept.length * k);
      kept.forEach((r, j) => {
        for (let c = 0; c < k; c++) bytes[j * k + c] = quant[i]!.q[r * k + c]! & 0xff;
      });
      return {
        name: h.name,
        labels: [...h.labels],
        scale: quant[i]!.scale,
        bias: [...h.trained.bias].map((b) => round(b, 4)),
        weights: toBase64(bytes),
      };
    }),
  };
}

/** A sentence of the corpus with its features and gold labels. */
interface SentenceExample extends ExampleFeatures {
  tone: string;
  role: string;
  batch: string;
}

/** The examples of a language's conversations: one scenario example each, one sentence example per sentence. */
export function examplesOf(convs: readonly Conversation[], config: FeatureConfig) {
  const scenario: (ExampleFeatures & { label: string; batch: string })[] = [];
  const sentences: SentenceExample[] = [];
  for (const c of convs) {
    const draft = extractFeatures(c.draft, config);
    const customer = extractFeatures(c.customer, config);
    scenario.push({ ...scenarioFeatures(customer, draft, config), label: c.scenario, batch: c.batch });
    const offsets = sentenceOffsets(c);
    c.sentences.forEach((s, index) => {
      const at = offsets[index]!;
      let ex: ExampleFeatures;
      const ctx = { index, count: c.sentences.length, ownLine: at.start >= 0 && isOwnLine(c.draft, at.start, at.end) };
      if (at.start >= 0) {
        const w0 = wordAt(draft, at.start);
        let w1 = w0;
        while (w1 < draft.count && draft.start[w1]! < at.end) w1++;
        ex = sentenceFeatures(draft, w0, w1, config, ctx);
      } else {
        const tf = extractFeatures(s.text, config);
        ex = sentenceFeatures(tf, 0, tf.count, config, ctx);
      }
      sentences.push({ ...ex, tone: s.tone, role: s.role, batch: c.batch });
    });
  }
  return { scenario, sentences };
}

/**
 * The tone labels of a language: categories with at least `min` train sentences keep their own label, the
 * others are merged (TONE_MERGE, then 'dismissive'). Returns the labels and the merge map.
 */
export function toneLabelsFor(
  tones: readonly string[],
  min: number,
): { labels: string[]; merged: Record<string, string> } {
  const count = new Map<string, number>();
  for (const t of tones) count.set(t, (count.get(t) ?? 0) + 1);
  const keep = TONE_LABELS.filter((t) => t === 'fine' || (count.get(t) ?? 0) >= min);
  const merged: Record<string, string> = {};
  for (const t of TONE_LABELS) {
    if (keep.includes(t)) continue;
    const target = TONE_MERGE[t];
    merged[t] = target && keep.includes(target as (typeof TONE_LABELS)[number]) ? target : 'dismissive';
  }
  // 'dismissive' is where the rest goes: it stays a label when anything is merged into it, even if rare itself.
  const labels: string[] = [...keep];
  if (Object.values(merged).includes('dismissive') && !labels.includes('dismissive')) labels.splice(1, 0, 'dismissive');
  delete merged.dismissive;
  return { labels, merged };
}

function indexIn(labels: readonly string[], label: string, what: string): number {
  const i = labels.indexOf(label);
  if (i < 0) throw new Error(`unknown ${what} label '${label}'`);
  return i;
}

/**
 * Out-of-fold flag probabilities (1 − p(fine)) per sentence, from the quantised model as shipped. Folds are
 * batches (at most four: batch i in fold i mod 4), or thirds of the sentences when there are fewer than three.
 */
export function outOfFold(
  sentences: readonly SentenceExample[],
  labels: readonly string[],
  merged: Readonly<Record<string, string>>,
  opts: TrainOptions,
  flaggedWeight: number,
): number[] {
  const batches = [...new Set(sentences.map((s) => s.batch))].sort();
  const byBatch = batches.length >= 3;
  const folds = byBatch ? Math.min(4, batches.length) : 3;
  const foldOf = (s: SentenceExample, i: number) => (byBatch ? batches.indexOf(s.batch) % folds : i % 3);
  const out = new Array<number>(sentences.length).fill(0);
  const fine = labels.indexOf('fine');
  for (let f = 0; f < folds; f++) {
    const train = sentences.filter((s, i) => foldOf(s, i) !== f);
    const target = {
      k: labels.length,
      labels: train.map((s) => indexIn(labels, merged[s.tone] ?? s.tone, 'tone')),
      weights: train.map((s) => (s.tone === 'fine' ? 1 : flaggedWeight)),
    };
    const [trained] = trainTable(train, [target], opts);
    const file = toTableFile([{ name: 'tone', labels, trained: trained! }], opts.minQuant);
    const score = loadForScoring(file, 'tone');
    sentences.forEach((s, i) => {
      if (foldOf(s, i) === f) out[i] = 1 - score(s)[fine]!;
    });
  }
  return out;
}

/** Probabilities of one head of a quantised table for one example (the same sums inference makes). */
export function loadForScoring(file: TableFile, head: string): (ex: ExampleFeatures) => Float64Array {
  // Decoded by the runtime's own loader, scored by its own sums: the scores are the shipped model's.
  const lin = loadLinear(file);
  const h = headOf(lin, head);
  return (ex) => {
    const scores = newScores(lin);
    ex.keys.forEach((key, i) => {
      addFeature(lin, key, ex.values[i]!, scores);
    });
    finishScores(lin, scores);
    softmax(scores, h);
    return scores.slice(h.offset, h.offset + h.k);
  };
}

/**
 * The smallest threshold on 1 − p(fine) whose clean specificity on the folds reaches the target (so recall is
 * as high as that allows), on a grid of hundredths.
 */
export function chooseThreshold(pFlag: readonly number[], flagged: readonly boolean[], target: number): number {
  let clean = 0;
  for (const f of flagged) if (!f) clean++;
  for (let t = 0.05; t <= 0.951; t += 0.01) {
    const th = round(t, 2);
    let kept = 0;
    pFlag.forEach((p, i) => {
      if (!flagged[i] && p < th) kept++;
    });
    if (clean === 0 || kept / clean >= target) return th;
  }
  return 0.95;
}

/** FNV-1a (hex) of the training data: what the weights were trained from, to tell stale weights. */
export function fingerprint(parts: readonly string[]): string {
  let h = fnv('');
  for (const p of parts) {
    h = fnv(p, h);
    h = fnv('\u0000', h);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Trains one language's classifiers (scenario; sentence tone and role) from its train conversations. */
export function trainLanguage(
  lang: string,
  convs: readonly Conversation[],
  opts: LanguageOptions,
  meta: { corpus: string; batches: string[] },
): ModelFile {
  const { scenario, sentences } = examplesOf(convs, opts.features);
  const scenarioLabels = [...SCENARIO_LABELS];
  const [sc] = trainTable(
    scenario,
    [{ k: scenarioLabels.length, labels: scenario.map((e) => indexIn(scenarioLabels, e.label, 'scenario')) }],
    opts.scenario,
  );
  const { labels: toneLabels, merged } = toneLabelsFor(
    sentences.map((s) => s.tone),
    opts.minToneCount,
  );
  const roleLabels = [...ROLE_LABELS];
  // Tone and role share one vocabulary, so one table serves both heads.
  const [tn, rl] = trainTable(
    sentences,
    [
      {
        k: toneLabels.length,
        labels: sentences.map((s) => indexIn(toneLabels, merged[s.tone] ?? s.tone, 'tone')),
        weights: sentences.map((s) => (s.tone === 'fine' ? 1 : opts.flaggedWeight)),
      },
      { k: roleLabels.length, labels: sentences.map((s) => indexIn(roleLabels, s.role, 'role')) },
    ],
    opts.sentence,
  );
  const oof = outOfFold(sentences, toneLabels, merged, opts.sentence, opts.flaggedWeight);
  const threshold = chooseThreshold(
    oof,
    sentences.map((s) => s.tone !== 'fine'),
    opts.targetSpecificity,
  );
  return {
    format: 2,
    lang,
    corpus: meta.corpus,
    batches: meta.batches,
    features: { ...opts.features },
    scenario: toTableFile([{ name: 'scenario', labels: scenarioLabels, trained: sc! }], opts.scenario.minQuant),
    sentence: toTableFile(
      [
        { name: 'tone', labels: toneLabels, trained: tn! },
        { name: 'role', labels: roleLabels, trained: rl! },
      ],
      opts.sentence.minQuant,
    ),
    tone: { threshold, merged },
  };
}

/** A model file as text: two-space JSON with a final line break (what is committed). */
export function serialize(file: ModelFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
