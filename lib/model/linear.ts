/**
 * Linear multinomial (softmax) classifiers over hashed features, as a model file stores them: one table of
 * kept feature keys shared by one or more heads (the sentence table has a tone head and a role head, so a
 * sentence's features are looked up once), each head with int8 weights, one scale and a bias per class.
 */
import { decodeKeys, fromBase64 } from './bytes';

/** One head of a table as a file stores it. */
export interface HeadFile {
  name: string;
  labels: string[];
  /** Weight = int8 × scale. */
  scale: number;
  bias: number[];
  /** Base64 of count × labels.length int8 weights, row by row in key order. */
  weights: string;
}

/** A table of features and its heads as a file stores it. */
export interface TableFile {
  /** Number of kept features. */
  count: number;
  /** Base64 of the sorted unsigned keys as varint deltas. */
  keys: string;
  heads: HeadFile[];
}

/** A head ready to score: its classes sit at [offset, offset + k) of a row and of the scores. */
export interface Head {
  readonly name: string;
  readonly labels: readonly string[];
  readonly k: number;
  readonly offset: number;
}

/**
 * A table ready to score: an open-addressing map from key to row, and every head's int8 weights interleaved by
 * row (kept as int8: a quarter of the memory a float copy would take, so lookups stay in cache).
 */
export interface LinearModel {
  readonly heads: readonly Head[];
  /** Classes of all heads together: the length of a row and of the scores. */
  readonly stride: number;
  /** Biases of all heads, in head order. */
  readonly bias: Float64Array;
  /** Each class's weight scale (its head's). */
  readonly scales: Float64Array;
  /** rows × stride int8 weights. */
  readonly weights: Int8Array;
  /** Slot s holds a key at 2s and its row at 2s + 1 (-1 when empty): one probe reads one place. */
  readonly slots: Int32Array;
  readonly mask: number;
}

/** Spreads a key's bits before it picks a slot (keys are FNV hashes; their low bits alone are weaker). */
function slotOf(key: number, mask: number): number {
  return (Math.imul(key ^ (key >>> 16), 0x45d9f3b) ^ (key >>> 13)) & mask;
}

/** The heads of a table as a file describes them (the weights aside). */
export type HeadMeta = Pick<HeadFile, 'name' | 'labels' | 'scale' | 'bias'>;

/** Builds a table from its file form; throws when the file's parts disagree. */
export function loadLinear(file: TableFile): LinearModel {
  const count = file.count;
  const keys = decodeKeys(fromBase64(file.keys), count);
  const { heads, stride } = headsOf(file.heads);
  const weights = new Int8Array(count * stride);
  file.heads.forEach((h, i) => {
    const { k, offset } = heads[i]!;
    const q = fromBase64(h.weights);
    if (q.length !== count * k) throw new Error(`head ${h.name}: expected ${count * k} weights, found ${q.length}`);
    for (let r = 0; r < count; r++)
      for (let c = 0; c < k; c++) weights[r * stride + offset + c] = (q[r * k + c]! << 24) >> 24;
  });
  return linearOf(file.heads, keys, weights);
}

/** Each head's place in a row, and the length of a row. */
function headsOf(files: readonly HeadMeta[]): { heads: Head[]; stride: number } {
  const heads: Head[] = [];
  let stride = 0;
  for (const h of files) {
    const k = h.labels.length;
    if (k < 2 || h.bias.length !== k) throw new Error(`head ${h.name}: needs two or more labels and a bias each`);
    heads.push({ name: h.name, labels: [...h.labels], k, offset: stride });
    stride += k;
  }
  return { heads, stride };
}

/**
 * A table from its heads, its rows' keys (sorted, as signed 32-bit integers) and its weights already
 * interleaved by row (count × stride int8, the form LinearModel keeps). The weights are used as they are.
 */
export function linearOf(files: readonly HeadMeta[], keys: ArrayLike<number>, weights: Int8Array): LinearModel {
  const count = keys.length;
  const { heads, stride } = headsOf(files);
  if (weights.length !== count * stride)
    throw new Error(`expected ${count * stride} weights for ${count} rows, found ${weights.length}`);
  const bias = new Float64Array(stride);
  const scales = new Float64Array(stride);
  files.forEach((h, i) => {
    const { k, offset } = heads[i]!;
    for (let c = 0; c < k; c++) {
      bias[offset + c] = h.bias[c]!;
      scales[offset + c] = h.scale;
    }
  });
  let size = 16;
  while (size < count * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size * 2);
  for (let s = 0; s < size; s++) slots[2 * s + 1] = -1;
  for (let r = 0; r < count; r++) {
    const key = keys[r]!;
    let s = slotOf(key, mask);
    while (slots[2 * s + 1]! >= 0) s = (s + 1) & mask;
    slots[2 * s] = key;
    slots[2 * s + 1] = r;
  }
  return { heads, stride, bias, scales, weights, slots, mask };
}

/** The head of a table by name; throws when there is none. */
export function headOf(m: LinearModel, name: string): Head {
  const h = m.heads.find((x) => x.name === name);
  if (!h) throw new Error(`no head '${name}'`);
  return h;
}

/** The row of a feature key, or -1 when the table did not keep it. */
export function rowOf(m: LinearModel, key: number): number {
  const { slots, mask } = m;
  let s = slotOf(key, mask);
  for (;;) {
    const r = slots[2 * s + 1]!;
    if (r < 0 || slots[2 * s] === key) return r;
    s = (s + 1) & mask;
  }
}

/** Scores to add features to: zeros, one per class of every head (finishScores adds scales and biases). */
export function newScores(m: LinearModel): Float64Array {
  return new Float64Array(m.stride);
}

/** Turns summed int8 weights into scores: × each class's scale, + its bias. */
export function finishScores(m: LinearModel, scores: Float64Array): void {
  const { scales, bias } = m;
  for (let c = 0; c < scores.length; c++) scores[c] = scores[c]! * scales[c]! + bias[c]!;
}

/** Adds value × the int8 row of `key` (if kept) to scores (all heads at once; see finishScores). */
export function addFeature(m: LinearModel, key: number, value: number, scores: Float64Array): void {
  // rowOf, written out: this is the innermost loop of inference.
  const { slots, mask } = m;
  let s = (Math.imul(key ^ (key >>> 16), 0x45d9f3b) ^ (key >>> 13)) & mask;
  let r = slots[2 * s + 1]!;
  while (r >= 0 && slots[2 * s] !== key) {
    s = (s + 1) & mask;
    r = slots[2 * s + 1]!;
  }
  if (r < 0) return;
  const { stride, weights } = m;
  const o = r * stride;
  for (let c = 0; c < stride; c++) scores[c]! += weights[o + c]! * value;
}

/** Turns a head's scores into probabilities in place (softmax); returns the index (within the head) of the largest. */
export function softmax(
  scores: Float64Array,
  head: Head = { name: '', labels: [], k: scores.length, offset: 0 },
): number {
  const { k, offset } = head;
  let best = 0;
  for (let c = 1; c < k; c++) if (scores[offset + c]! > scores[offset + best]!) best = c;
  const top = scores[offset + best]!;
  let sum = 0;
  for (let c = 0; c < k; c++) {
    const e = Math.exp(scores[offset + c]! - top);
    scores[offset + c] = e;
    sum += e;
  }
  for (let c = 0; c < k; c++) scores[offset + c]! /= sum;
  return best;
}

/**
 * How much a kept feature pushes the log-probability of class `c` of a head up: value × (w[c] − Σ p_j w[j]),
 * the feature's share of the gradient of log p(c). Positive when the feature speaks for `c` more than for the
 * mix. `probs` are the head's probabilities at the head's offset.
 */
export function contribution(
  m: LinearModel,
  row: number,
  value: number,
  head: Head,
  c: number,
  probs: Float64Array,
): number {
  const { stride, weights } = m;
  const o = row * stride + head.offset;
  let mean = 0;
  for (let j = 0; j < head.k; j++) mean += probs[head.offset + j]! * weights[o + j]!;
  return value * m.scales[head.offset]! * (weights[o + c]! - mean);
}
