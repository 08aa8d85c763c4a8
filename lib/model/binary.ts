/**
 * A language's models in the form the extension ships them (#15): each table's keys and its heads' int8 weights
 * laid out as the classifiers read them, so the service worker takes the weights as they are instead of decoding
 * base64 from JSON (which also kept 1.7 MB of text in the worker's script, parsed at every start). The build
 * writes one file per language from lib/model/weights/*.json (lib/build/modelFiles.ts); `npm run train` still
 * writes only the JSON.
 *
 * Layout: the magic `TACTMDL1`, the header's length (u32, little-endian), the header (ASCII JSON: the file's
 * description and each table's row count and heads), then for each table, at a multiple of 4: its rows' keys
 * (count × i32, little-endian, sorted) and its weights (count × stride i8, rows in key order, heads interleaved).
 */
import { decodeKeys, fromBase64 } from './bytes';
import { type HeadMeta, type LinearModel, linearOf, loadLinear } from './linear';
import { type LanguageModels, type LoadingModels, languageModels, type ModelFile, type ModelMeta } from './models';

const MAGIC = 'TACTMDL1';
const TABLES = ['scenario', 'sentence'] as const;

interface Header extends ModelMeta {
  tables: { count: number; heads: HeadMeta[] }[];
}

const pad4 = (n: number) => (n + 3) & ~3;

/** JSON with every character outside ASCII escaped, so that a byte is a character. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The binary form of a model file (see the layout above). */
export function encodeModelBinary(file: ModelFile): Uint8Array {
  const tables = TABLES.map((name) => {
    const t = file[name];
    const m = loadLinear(t);
    const keys = decodeKeys(fromBase64(t.keys), t.count);
    return { m, keys, meta: { count: t.count, heads: t.heads.map(({ weights: _, ...h }) => h) } };
  });
  const header: Header = {
    lang: file.lang,
    corpus: file.corpus,
    batches: file.batches,
    format: file.format,
    features: file.features,
    tone: file.tone,
    tables: tables.map((t) => t.meta),
  };
  const text = asciiJson(header);
  let size = pad4(MAGIC.length + 4 + text.length);
  const at: number[] = [];
  for (const t of tables) {
    at.push(size);
    size = pad4(size + 4 * t.keys.length + t.m.weights.length);
  }
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < MAGIC.length; i++) bytes[i] = MAGIC.charCodeAt(i);
  view.setUint32(MAGIC.length, text.length, true);
  for (let i = 0; i < text.length; i++) bytes[MAGIC.length + 4 + i] = text.charCodeAt(i);
  tables.forEach((t, i) => {
    let o = at[i]!;
    for (const key of t.keys) {
      view.setInt32(o, key, true);
      o += 4;
    }
    bytes.set(new Uint8Array(t.m.weights.buffer, t.m.weights.byteOffset, t.m.weights.length), o);
  });
  return bytes;
}

/** A language's classifiers from the binary form; throws when it is not one. The weights are not copied. */
export function decodeModelBinary(data: ArrayBuffer | Uint8Array): LanguageModels {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = String.fromCharCode(...bytes.subarray(0, MAGIC.length));
  if (magic !== MAGIC) throw new Error('not a Tact model file (binary)');
  const length = view.getUint32(MAGIC.length, true);
  let text = '';
  const start = MAGIC.length + 4;
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = start; i < start + length; i += 8192)
    text += String.fromCharCode(...bytes.subarray(i, Math.min(start + length, i + 8192)));
  const header = JSON.parse(text) as Header;
  let o = pad4(start + length);
  const [scenario, sentence] = header.tables.map((t): LinearModel => {
    if (o + 4 * t.count > bytes.length) throw new Error('model file ends early');
    const keys = new Int32Array(t.count);
    for (let r = 0; r < t.count; r++) keys[r] = view.getInt32(o + 4 * r, true);
    o += 4 * t.count;
    const stride = t.heads.reduce((n, h) => n + h.labels.length, 0);
    if (o + t.count * stride > bytes.length) throw new Error('model file ends early');
    const weights = new Int8Array(bytes.buffer, bytes.byteOffset + o, t.count * stride);
    o = pad4(o + t.count * stride);
    return linearOf(t.heads, keys, weights);
  });
  if (!scenario || !sentence) throw new Error('model file has too few tables');
  return languageModels(header, scenario, sentence);
}

/**
 * Models read on demand: `read(lang)` gives a language's binary file. A language is read once; when reading or
 * decoding fails, `get` answers nothing for it (the rules alone read it) and the next `load` tries again.
 */
export function binaryModels(read: (lang: string) => Promise<ArrayBuffer>): LoadingModels {
  const loaded = new Map<string, LanguageModels>();
  const pending = new Map<string, Promise<void>>();
  return {
    get: (lang) => loaded.get(lang),
    load(lang) {
      let p = pending.get(lang);
      if (!p) {
        p = read(lang)
          .then((data) => {
            loaded.set(lang, decodeModelBinary(data));
          })
          .catch(() => {
            pending.delete(lang);
          });
        pending.set(lang, p);
      }
      return p;
    },
  };
}
