import { describe, expect, it } from 'vitest';
import type { Word } from '../../../lib/packs/api';
import { compilePatterns } from '../../../lib/packs/compile';
import { type CompiledPattern, compilePattern, PatternError } from '../../../lib/packs/pattern';
import { indexText, isClauseFirst, isClauseLast } from '../../../lib/packs/text';

/**
 * A slow reference matcher: for each start word, an exhaustive search of the pattern's automaton for the longest
 * match; then leftmost-first, non-overlapping selection. The one-pass matcher must agree with it exactly.
 */
function reference(c: CompiledPattern, words: readonly Word[]): [number, number][] {
  const n = words.length;
  const longest = (s: number): number => {
    let best = -1;
    const seen = new Set<string>();
    const visit = (node: number, j: number) => {
      const key = `${node}:${j}`;
      if (seen.has(key)) return;
      seen.add(key);
      const nd = c.nodes[node]!;
      switch (nd.t) {
        case 'accept':
          if (j - 1 >= s) best = Math.max(best, j - 1);
          return;
        case 'split':
          for (const o of nd.outs) visit(o, j);
          return;
        case 'bol':
          if (j < n && words[j]!.sentence === words[s]!.sentence && isClauseFirst(words, j)) visit(nd.next, j);
          return;
        case 'eol':
          if (j - 1 >= s && isClauseLast(words, j - 1)) visit(nd.next, j);
          return;
        case 'word':
        case 'branch': {
          if (j >= n || words[j]!.sentence !== words[s]!.sentence) return;
          const norm = words[j]!.norm;
          const arms = nd.t === 'word' ? [{ cls: nd.cls, next: nd.next }] : nd.arms;
          for (const { cls, next } of arms)
            if (cls.any || cls.words.includes(norm) || cls.stems.some((st) => norm.startsWith(st))) visit(next, j + 1);
        }
      }
    };
    visit(c.start, s);
    return best;
  };
  const out: [number, number][] = [];
  let last = -1;
  for (let s = 0; s < n; s++) {
    if (s <= last) continue;
    const e = longest(s);
    if (e >= 0) {
      out.push([s, e]);
      last = e;
    }
  }
  return out;
}

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const VOCAB = ['a', 'b', 'c', 'ab*'];
function randomPattern(r: () => number, depth = 0): string {
  const parts: string[] = [];
  const len = 1 + Math.floor(r() * 4);
  for (let i = 0; i < len; i++) {
    const x = r();
    if (x < 0.5 || depth > 1) parts.push(VOCAB[Math.floor(r() * VOCAB.length)]!);
    else if (x < 0.6) parts.push(`(${randomPattern(r, depth + 1)}|${randomPattern(r, depth + 1)})`);
    else if (x < 0.7) parts.push(`(a b|a c|b|ab* c|c ?a)`);
    else if (x < 0.85) parts.push(`?${VOCAB[Math.floor(r() * 3)]!}`);
    else parts.push(VOCAB[Math.floor(r() * 3)]!);
    if (i < len - 1 && r() < 0.35) parts.push(`~${Math.floor(r() * 4)}`);
  }
  if (depth === 0 && r() < 0.15) parts.unshift('^');
  if (depth === 0 && r() < 0.15) parts.push('$');
  if (depth === 0 && r() < 0.15 && parts.length >= 2) parts.splice(1, 0, `<~${Math.floor(r() * 3)}>`);
  return parts.join(' ');
}
function randomText(r: () => number): string {
  const pieces = ['a', 'b', 'c', 'abc', 'a', 'b', ',', '.', ' '];
  const out: string[] = [];
  const len = Math.floor(r() * 40);
  for (let i = 0; i < len; i++) out.push(pieces[Math.floor(r() * pieces.length)]!);
  return out.join(' ');
}

describe('the one-pass matcher agrees with an exhaustive reference', () => {
  it('on 3,000 random patterns and texts', () => {
    const r = rng(424242);
    let checked = 0;
    for (let round = 0; round < 3000; round++) {
      const src = randomPattern(r);
      let c: CompiledPattern;
      try {
        c = compilePattern(src);
      } catch (e) {
        if (e instanceof PatternError) continue;
        throw e;
      }
      const text = randomText(r);
      const ix = indexText(text);
      const got = compilePatterns([src])
        .scan(ix)[0]!
        .map((h) => [h.start, h.end]);
      const want = reference(c, ix.words).map(([s, e]) => [ix.words[s]!.start, ix.words[e]!.end]);
      expect(got, `${src} on ${JSON.stringify(text)}`).toEqual(want);
      checked++;
    }
    expect(checked).toBeGreaterThan(1500);
  });
});
