import { describe, expect, it } from 'vitest';
import { rememberByString } from '../../../lib/packs/remember';

describe('rememberByString', () => {
  it('computes each argument once, stays bounded, and does not remember a throw', () => {
    const calls: string[] = [];
    const upper = rememberByString((s: string) => {
      calls.push(s);
      if (s === 'bad') throw new Error('bad');
      return s.toUpperCase();
    }, 2);
    expect([upper('a'), upper('a'), upper('b'), upper('a')]).toEqual(['A', 'A', 'B', 'A']);
    expect(calls).toEqual(['a', 'b']);
    // A third argument starts the memory afresh: 'a' is computed again afterwards.
    upper('c');
    upper('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
    expect(() => upper('bad')).toThrow('bad');
    expect(() => upper('bad')).toThrow('bad');
    expect(calls.filter((c) => c === 'bad')).toHaveLength(2);
  });
});
