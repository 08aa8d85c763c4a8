/**
 * Bytes in model files: base64 (standard alphabet, with padding) and sorted 32-bit keys as varint deltas. Our
 * own few lines, so that lib/model needs no Node Buffer and no browser global.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) INDEX[ALPHABET.charCodeAt(i)] = i;

/** Base64 of bytes. */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]! + ALPHABET[(n >>> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += `${ALPHABET[n >>> 18]!}${ALPHABET[(n >>> 12) & 63]!}==`;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += `${ALPHABET[n >>> 18]!}${ALPHABET[(n >>> 12) & 63]!}${ALPHABET[(n >>> 6) & 63]!}=`;
  }
  return out;
}

/** Bytes of base64 text; throws on a character outside the alphabet. */
export function fromBase64(text: string): Uint8Array {
  let end = text.length;
  while (end > 0 && text[end - 1] === '=') end--;
  const out = new Uint8Array(Math.floor((end * 6) / 8));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? INDEX[c]! : -1;
    if (v < 0) throw new Error(`not base64 at ${i}`);
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >>> bits) & 0xff;
    }
  }
  return out;
}

/** Sorted unsigned 32-bit keys as LEB128 varints of their differences. */
export function encodeKeys(sortedUnsigned: readonly number[]): Uint8Array {
  const out: number[] = [];
  let prev = 0;
  for (const k of sortedUnsigned) {
    let d = k - prev;
    if (d < 0) throw new Error('keys must be sorted and distinct');
    prev = k;
    while (d >= 0x80) {
      out.push((d % 0x80) | 0x80);
      d = Math.floor(d / 0x80);
    }
    out.push(d);
  }
  return Uint8Array.from(out);
}

/** The keys encodeKeys wrote, as signed 32-bit integers (the form features.ts computes). */
export function decodeKeys(bytes: Uint8Array, count: number): Int32Array {
  const out = new Int32Array(count);
  let prev = 0;
  let p = 0;
  for (let i = 0; i < count; i++) {
    let d = 0;
    let mul = 1;
    for (;;) {
      if (p >= bytes.length) throw new Error('key list ends early');
      const b = bytes[p++]!;
      d += (b & 0x7f) * mul;
      if (b < 0x80) break;
      mul *= 0x80;
    }
    prev += d;
    out[i] = prev | 0;
  }
  if (p !== bytes.length) throw new Error('key list has extra bytes');
  return out;
}
