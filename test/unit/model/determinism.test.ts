import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Conversation } from '../../../lib/model/corpus';
import { trainFromCorpus } from '../../../lib/model/train';
import {
  DEFAULT_OPTIONS,
  type LanguageOptions,
  mulberry32,
  serialize,
  trainLanguage,
} from '../../../lib/model/trainer';
import { FIXTURE } from './fixture';

const FAST = { ...DEFAULT_OPTIONS.sentence, epochs: 5, minCount: 1, minQuant: 1 };
const OPTS: LanguageOptions = { ...DEFAULT_OPTIONS, scenario: FAST, sentence: FAST, minToneCount: 3 };
const META = { corpus: 'fixture', batches: ['fx-b1', 'fx-b2', 'fx-b3', 'fx-b4'] };

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Writes conversations as a corpus folder (<lang>/batches.json and one file per batch). */
function writeCorpus(convs: readonly Conversation[], testBatch: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tact-corpus-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'en'));
  const batches = [...new Set(convs.map((c) => c.batch))].sort();
  const list = batches.map((b) => ({
    batch: b,
    lang: 'en',
    file: `${b}.jsonl`,
    split: b === testBatch ? 'test' : 'train',
  }));
  writeFileSync(join(dir, 'en', 'batches.json'), JSON.stringify(list));
  for (const b of batches)
    writeFileSync(
      join(dir, 'en', `${b}.jsonl`),
      `${convs
        .filter((c) => c.batch === b)
        .map((c) => JSON.stringify(c))
        .join('\n')}\n`,
    );
  return dir;
}

describe('model training', () => {
  it('gives byte-identical files for the same data and options', () => {
    const a = serialize(trainLanguage('en', FIXTURE, OPTS, META));
    const b = serialize(trainLanguage('en', FIXTURE, OPTS, META));
    expect(a).toBe(b);
    expect(a.length).toBeGreaterThan(1000);
  });

  it('changes with its seed, whose generator is fixed', () => {
    const a = serialize(trainLanguage('en', FIXTURE, OPTS, META));
    const seeded = { ...FAST, seed: FAST.seed + 1 };
    const other = serialize(trainLanguage('en', FIXTURE, { ...OPTS, scenario: seeded, sentence: seeded }, META));
    expect(other).not.toBe(a);
    // The PRNG itself is fixed: the same seed gives the same sequence.
    const r1 = mulberry32(7);
    const r2 = mulberry32(7);
    expect([r1(), r1(), r1()]).toEqual([r2(), r2(), r2()]);
  });

  it('reads only the train batches of a corpus folder (the test batch changes nothing)', () => {
    const dir1 = writeCorpus(FIXTURE, 'fx-b4');
    const changed = FIXTURE.map((c) =>
      c.batch === 'fx-b4'
        ? { ...c, scenario: 'general', sentences: c.sentences.map((s) => ({ ...s, tone: 'fine' })) }
        : c,
    );
    const dir2 = writeCorpus(changed, 'fx-b4');
    const a = trainFromCorpus(dir1, 'en');
    const b = trainFromCorpus(dir2, 'en');
    expect(a).not.toBeNull();
    expect(a).toBe(b);
    expect(JSON.parse(a!).batches).toEqual(['fx-b1', 'fx-b2', 'fx-b3']);
    // A language without a corpus folder trains nothing.
    expect(trainFromCorpus(dir1, 'et')).toBeNull();
  });
});
