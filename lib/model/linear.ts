/**
 * A linear multinomial (softmax) classifier over hashed features, as stored in a model file: the kept
 * feature keys, one int8 row of class weights per key with one scale, and a bias per class.
 */
import { decodeKeys, fromBase64 } from './bytes';

/** A classifier as a model file stores it. */
export interface LinearFile {
  labels: string[];
  /** Weight = int8 × scale. */
  scale: number;
  bias: number[];
  /** Number of kept features. */
  count: number;
  /** Base64 of the sorted unsigned keys as varint deltas. */
  keys: string;
  /** Base64 of count × labels.length int8 weights, row by row in key order. */
  weights: string;
}

/** A classifier ready to score: an open-addressing table from key to row, and the dequantised weights. */
export interface LinearModel {
  readonly labels: readonly string[];
  /** Number of classes. */
  readonly k: number;
  readonly bias: Float64Array;
  /** rows × k weights. */
  readonly weights: Float32Array;
  readonly slotKeys: Int32Array;
  /** Row of a slot, -1 when empty. */
  readonly slotRows: Int32Array;
  readonly mask: number;
}

/** Spreads a key's bits before it picks a slot (keys are FNV hashes; their low bits alone are weaker). */
function slotOf(key: number, mask: number): number {
  return (Math.imul(key ^ (key >>> 16), 0x45d9f3b) ^ (key >>> 13)) & mask;
}

/** Builds a classifier from its file form; throws when the file's parts disagree. */
export function loadLinear(file: LinearFile): LinearModel {
  const k = file.labels.length;
  if (k < 2 || file.bias.length !== k) throw new Error('a classifier needs two or more labels and a bias for each');
  const keys = decodeKeys(fromBase64(file.keys), file.count);
  const q = fromBase64(file.weights);
  if (q.length !== file.count * k) throw new Error(`expected ${file.count * k} weights, found ${q.length}`);
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = ((q[i]! << 24) >> 24) * file.scale;
  let size = 16;
  while (size < file.count * 2) size *= 2;
  const mask = size - 1;
  const slotKeys = new Int32Array(size);
  const slotRows = new Int32Array(size).fill(-1);
  for (let r = 0; r < file.count; r++) {
    const key = keys[r]!;
    let s = slotOf(key, mask);
    while (slotRows[s]! >= 0) s = (s + 1) & mask;
    slotKeys[s] = key;
    slotRows[s] = r;
  }
  return { labels: [...file.labels], k, bias: Float64Array.from(file.bias), weights, slotKeys, slotRows, mask };
}

/** The row of a feature key, or -1 when the model did not keep it. */
export function rowOf(m: LinearModel, key: number): number {
  const { slotKeys, slotRows, mask } = m;
  let s = slotOf(key, mask);
  for (;;) {
    const r = slotRows[s]!;
    if (r < 0 || slotKeys[s] === key) return r;
    s = (s + 1) & mask;
  }
}

/** Adds value × the weights of `key` (if kept) to scores; returns the row, -1 when not kept. */
export function addFeature(m: LinearModel, key: number, value: number, scores: Float64Array): number {
  const r = rowOf(m, key);
  if (r < 0) return r;
  const { k, weights } = m;
  const o = r * k;
  for (let c = 0; c < k; c++) scores[c]! += weights[o + c]! * value;
  return r;
}

/** Turns scores into probabilities in place (softmax); returns the index of the largest. */
export function softmax(scores: Float64Array): number {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
  const top = scores[best]!;
  let sum = 0;
  for (let c = 0; c < scores.length; c++) {
    const e = Math.exp(scores[c]! - top);
    scores[c] = e;
    sum += e;
  }
  for (let c = 0; c < scores.length; c++) scores[c]! /= sum;
  return best;
}

/**
 * How much a kept feature pushes the log-probability of class `c` up: value × (w[c] − Σ p_j w[j]), the
 * feature's share of the gradient of log p(c). Positive when the feature speaks for `c` more than for the mix.
 */
export function contribution(m: LinearModel, row: number, value: number, c: number, probs: Float64Array): number {
  const { k, weights } = m;
  const o = row * k;
  let mean = 0;
  for (let j = 0; j < k; j++) mean += probs[j]! * weights[o + j]!;
  return value * (weights[o + c]! - mean);
}
