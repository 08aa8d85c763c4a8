import { describe, expect, it } from 'vitest';
import { modelFilesPlugin, modelPath } from '../../../lib/build/modelFiles';
import { binaryModels, decodeModelBinary, encodeModelBinary } from '../../../lib/model/binary';
import { BUNDLED_MODEL_FILES, classifyDraft, loadModels } from '../../../lib/model/index';
import type { LinearModel } from '../../../lib/model/linear';
import type { LanguageModels, ModelFile } from '../../../lib/model/models';

/**
 * The extension ships the models as binary files the service worker reads without decoding (#15); the CLI and
 * the tests read the committed JSON. Both must be the same models.
 */
const files = BUNDLED_MODEL_FILES as ModelFile[];

/** Bytes of a typed array (a deep toEqual over hundreds of thousands of elements takes seconds). */
const bytesOf = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

function expectSameTable(a: LinearModel, b: LinearModel): void {
  expect({ ...a, weights: null, slots: null }).toEqual({ ...b, weights: null, slots: null });
  expect(bytesOf(a.weights).equals(bytesOf(b.weights))).toBe(true);
  expect(bytesOf(a.slots).equals(bytesOf(b.slots))).toBe(true);
}

function expectSameModels(a: LanguageModels, b: LanguageModels): void {
  const { scenario, sentence, ...rest } = a;
  const { scenario: otherScenario, sentence: otherSentence, ...otherRest } = b;
  expect(rest).toEqual(otherRest);
  expectSameTable(scenario, otherScenario);
  expectSameTable(sentence, otherSentence);
}

const DRAFTS: Record<string, string> = {
  en: "No, we can't do that. Calm down, it is not our fault. Rules are rules.",
  et: 'Kahjuks ma ei tea, millal kaup saabub. See pole meie viga.',
  lv: 'Diemžēl es nezinu, kad prece būs pieejama. Tā nav mūsu vaina.',
  ru: 'К сожалению, я не знаю, когда товар поступит. Это не наша вина.',
};

describe('model files in binary form (#15)', () => {
  it.each(files.map((f) => [f.lang, f] as const))('%s: decodes to the models the JSON gives', (lang, file) => {
    const bytes = encodeModelBinary(file);
    const fromJson = loadModels(file).get(lang)!;
    const fromBinary = decodeModelBinary(bytes);
    expectSameModels(fromBinary, fromJson);
    // And it reads a draft the same way.
    const draft = DRAFTS[lang]!;
    const input = { customer: '', draft, sentences: [{ start: 0, end: draft.length }] };
    expect(classifyDraft(new Map([[lang, fromBinary]]), lang, input)).toEqual(
      classifyDraft(new Map([[lang, fromJson]]), lang, input),
    );
  });

  it('decodes from an ArrayBuffer or a view into a larger buffer', () => {
    const bytes = encodeModelBinary(files[0]!);
    const copy = new Uint8Array(bytes.length + 3);
    copy.set(bytes, 3);
    const fromView = decodeModelBinary(copy.subarray(3));
    const fromBuffer = decodeModelBinary(bytes.slice().buffer);
    expectSameModels(fromView, fromBuffer);
  });

  it('refuses what is not a model file, and one that ends early', () => {
    expect(() => decodeModelBinary(new TextEncoder().encode('{"format": 2}'))).toThrow(/not a Tact model/);
    const bytes = encodeModelBinary(files[0]!);
    expect(() => decodeModelBinary(bytes.subarray(0, bytes.length - 1000))).toThrow(/ends early/);
  });

  it('are read once per language; a failed read leaves the rules alone and is tried again', async () => {
    const reads: string[] = [];
    let fail = true;
    const models = binaryModels(async (lang) => {
      reads.push(lang);
      if (lang === 'et' && fail) throw new Error('not found');
      const file = files.find((f) => f.lang === lang)!;
      return encodeModelBinary(file).slice().buffer;
    });
    expect(models.get('en')).toBeUndefined();
    await Promise.all([models.load('en'), models.load('en')]);
    await models.load('en');
    expect(models.get('en')?.lang).toBe('en');
    await models.load('et');
    expect(models.get('et')).toBeUndefined();
    fail = false;
    await models.load('et');
    expect(models.get('et')?.lang).toBe('et');
    expect(reads).toEqual(['en', 'et', 'et']);
  });

  it('are written by the build beside the service worker, and only there', () => {
    const plugin = modelFilesPlugin();
    const generate = plugin.generateBundle as (
      this: { emitFile(f: { fileName: string; source: Uint8Array }): void },
      options: unknown,
      bundle: Record<string, { type: string; fileName: string }>,
    ) => void;
    const emitted: { fileName: string; source: Uint8Array }[] = [];
    const ctx = { emitFile: (f: { fileName: string; source: Uint8Array }) => void emitted.push(f) };
    generate.call(ctx, {}, { 'popup.js': { type: 'chunk', fileName: 'chunks/popup.js' } });
    expect(emitted).toEqual([]);
    generate.call(ctx, {}, { 'background.js': { type: 'chunk', fileName: 'background.js' } });
    expect(emitted.map((f) => f.fileName)).toEqual(files.map((f) => modelPath(f.lang)));
    for (const [i, f] of emitted.entries())
      expect(bytesOf(f.source).equals(bytesOf(encodeModelBinary(files[i]!)))).toBe(true);
  });
});
