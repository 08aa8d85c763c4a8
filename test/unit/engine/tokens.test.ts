import { describe, expect, it } from 'vitest';
import { codePointBefore, eachRun, isLetterOrMark, isWordChar } from '../../../lib/engine/tokens';

const runs = (text: string, joiners: string, alone = '', start = 0, end = text.length) => {
  const out: string[] = [];
  const codes = (s: string) => new Set([...s].map((c) => c.codePointAt(0)!));
  eachRun(text, start, end, isWordChar, codes(joiners), (a, b) => void out.push(text.slice(a, b)), codes(alone));
  return out;
};

describe('eachRun', () => {
  it('finds runs of letters, digits and marks, with joiners inside only between two of them', () => {
    expect(runs("E-mail don't 12.03.2025 -x y- ’z", "-'’.")).toEqual(['E-mail', "don't", '12.03.2025', 'x', 'y', 'z']);
    expect(runs('Šis ir café (cafe\u0301) 𝐀𝐁c', '')).toEqual(['Šis', 'ir', 'café', 'cafe\u0301', '𝐀𝐁c']);
  });
  it('gives the symbols that stand alone as tokens of their own', () => {
    expect(runs('€ 20 – 30 > A-B / c', '-', '€–>/-')).toEqual(['€', '20', '–', '30', '>', 'A-B', '/', 'c']);
  });
  it('reads no further than the end it is given, even inside a surrogate pair', () => {
    const text = 'ab𝐀cd';
    expect(runs(text, '', '', 0, 3)).toEqual(['ab']);
    expect(runs(text, '', '', 0, 4)).toEqual(['ab𝐀']);
    expect(runs("it's", "'", '', 0, 3)).toEqual(['it']);
    expect(codePointBefore(text, 2, 3)).toBe(0xd835);
    expect(codePointBefore(text, 2, 4)).toBe(0x1d400);
  });
  it('stops when a visit returns false', () => {
    const seen: string[] = [];
    eachRun('one two three', 0, 13, isLetterOrMark, new Set(), (a, b) => {
      seen.push('one two three'.slice(a, b));
      return seen.length < 2;
    });
    expect(seen).toEqual(['one', 'two']);
  });
  it('tells letters and marks from digits', () => {
    expect([...'a9é\u0301'].map((c) => isLetterOrMark(c.codePointAt(0)!))).toEqual([true, false, true, true]);
    expect([...'a9_'].map((c) => isWordChar(c.codePointAt(0)!))).toEqual([true, true, false]);
  });
});
