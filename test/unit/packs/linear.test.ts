import { describe, expect, it } from 'vitest';
import { compilePatterns, type ScanStats } from '../../../lib/packs/compile';
import { indexText } from '../../../lib/packs/text';

/** Thread steps the matcher takes on a text (work, not time). */
function stepsOn(patterns: string[], text: string): { steps: number; words: number } {
  const set = compilePatterns(patterns);
  const index = indexText(text);
  const stats: ScanStats = { steps: 0, starts: 0 };
  set.scan(index, stats);
  return { steps: stats.steps, words: index.words.length };
}

describe('matching is linear in the text', () => {
  // One endless sentence of "a": every word starts a thread and nothing ever completes.
  const adversarial = ['a ~6 a ~6 a ~6 a ~6 b', 'a <~6> a ~6 a ~6 b', '(a|a a|a a a) ~6 ?a ~6 b'];
  it('on 1 MB of "a a a …", the work per word stays bounded and grows linearly', () => {
    const sizes = [1 << 18, 1 << 19, 1 << 20];
    const runs = sizes.map((n) => stepsOn(adversarial, 'a '.repeat(n / 2)));
    const perWord = runs.map((r) => r.steps / r.words);
    // Bounded: a pattern has a bounded number of states, so steps per word cannot depend on the length.
    for (const p of perWord) expect(p).toBeLessThan(200);
    // Linear: doubling the text doubles the work (within 1 %).
    for (let i = 1; i < runs.length; i++) {
      const ratio = runs[i]!.steps / runs[i - 1]!.steps;
      expect(ratio).toBeGreaterThan(1.98);
      expect(ratio).toBeLessThan(2.02);
    }
  }, 60_000);
  it('stays linear when hits are many and long', () => {
    const pats = ['a ~6 a', '(a|a ~6 b)', 'a a'];
    const small = stepsOn(pats, 'a a a a a a a b '.repeat(16_000));
    const big = stepsOn(pats, 'a a a a a a a b '.repeat(64_000));
    expect(big.steps / small.steps).toBeGreaterThan(3.95);
    expect(big.steps / small.steps).toBeLessThan(4.05);
  }, 60_000);
  it('does no work for patterns whose first word never occurs', () => {
    const r = stepsOn(['zzz ~6 b', 'qq* ~6 b'], 'a '.repeat(100_000));
    expect(r.steps).toBe(0);
  });
  it('does not start a pattern where the next word cannot be its second', () => {
    const text = 'I went home. We think so. I really doubt it. We doubt.';
    const starts = (patterns: string[]) => {
      const stats: ScanStats = { steps: 0, starts: 0 };
      const hits = compilePatterns(patterns).scan(indexText(text), stats);
      return { starts: stats.starts, hits: hits.map((h) => h.map((x) => text.slice(x.start, x.end))) };
    };
    // "I"/"We" begin four sentences, but only "We doubt" goes on the way the pattern does.
    expect(starts(['(i|we) doubt'])).toEqual({ starts: 1, hits: [['We doubt']] });
    // An optional word: the second word is either.
    expect(starts(['(i|we) ?(really) doubt'])).toEqual({ starts: 2, hits: [['I really doubt', 'We doubt']] });
    // A gap or a pattern that may end after its first word: every start counts.
    expect(starts(['(i|we) ~1 (so|doubt|home)']).starts).toBe(4);
    expect(starts(['(i|we) ?(doubt)']).starts).toBe(4);
  });
});
