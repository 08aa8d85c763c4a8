import { describe, expect, it } from 'vitest';
import { compilePattern, PATTERN_LIMITS, PatternError, parsePattern } from '../../../lib/packs/pattern';

const errorOf = (src: string): PatternError => {
  try {
    compilePattern(src);
  } catch (e) {
    if (e instanceof PatternError) return e;
    throw e;
  }
  throw new Error(`no error for ${src}`);
};

describe('parsePattern', () => {
  it('parses words, stems, groups, optionals, gaps, either-order and anchors', () => {
    const ast = parsePattern('^ (ma|mina) ?kahjuks ~2 vabandu* $');
    expect(ast.items.map((n) => n.type)).toEqual(['bol', 'group', 'optional', 'gap', 'stem', 'eol']);
    const either = parsePattern('не <~2> знаю').items;
    expect(either).toHaveLength(1);
    expect(either[0]).toMatchObject({ type: 'either', max: 2 });
  });
  it('folds pattern words the way the text is folded', () => {
    const ast = parsePattern('Žal ДОН’Т');
    expect(ast.items).toMatchObject([
      { type: 'word', word: 'zal' },
      { type: 'word', word: "дон'т" },
    ]);
  });
  it('allows multi-word alternatives and nesting', () => {
    expect(() => compilePattern("i (don't|do not|(can't|cannot) ?really) know")).not.toThrow();
  });
});

describe('pattern errors name the position', () => {
  const cases: [string, string, number][] = [
    ['a b)', 'unexpected ")"', 3],
    ['(a|b', 'missing ")"', 4],
    ['(a|)', 'empty alternative', 3],
    ['()', 'empty alternative', 1],
    ['a ~7 b', 'larger than ~6', 2],
    ['a ~ b', 'expected a number after "~"', 3],
    ['~2 b', '"~N" must stand between two words', 0],
    ['a ~2', '"~N" must stand between two words', 2],
    ['a* b', 'at least 2 characters', 0],
    ['a*b', '"*" may only end a stem', 1],
    ['* b', '"*" must follow a stem', 0],
    ['hello, world', 'is not a single word', 0],
    ['a <~2> b <~1> c', 'only one "<~N>"', 9],
    ['<~2> b', 'needs words on both sides', 0],
    ['? a', '"?" must be followed', 0],
    ['$ a', '"$" must follow a word', 0],
    ['a ^', '"^" must be followed by a word', 2],
    ['', 'empty pattern', 0],
    ['?a ?b', 'without any word', 0],
    ['?a ~2 b', 'cannot begin with a gap', 0],
    ['a ~2 ?b', 'cannot end with a gap', 7],
    ['a <2> b', 'expected "<~N>"', 2],
    ['a <~2 b', 'expected ">"', 5],
  ];
  for (const [src, reason, pos] of cases) {
    it(`${JSON.stringify(src)} → ${reason} at ${pos}`, () => {
      const e = errorOf(src);
      expect(e.reason).toContain(reason);
      expect(e.pos).toBe(pos);
      expect(e.message).toBe(`${e.reason} at ${pos}`);
    });
  }
});

describe('pattern limits', () => {
  it('allows 12 word steps and refuses 13', () => {
    const w = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    expect(() => compilePattern(w(PATTERN_LIMITS.maxWordSteps))).not.toThrow();
    expect(errorOf(w(13)).reason).toContain('13 word steps');
  });
  it('allows 24 alternatives in a group and refuses 25', () => {
    const g = (n: number) => `(${Array.from({ length: n }, (_, i) => `w${i}`).join('|')})`;
    expect(() => compilePattern(g(24))).not.toThrow();
    expect(errorOf(g(25)).reason).toContain('more than 24 alternatives');
  });
  it('refuses a pattern that expands to more than 64 sequences', () => {
    const grp = '(a b|c d|e f|g h|i j)';
    expect(() => compilePattern(`${grp} ${grp}`)).not.toThrow();
    expect(errorOf(`${grp} ${grp} ${grp}`).reason).toContain('125 sequences');
  });
  it('limits word length to 40 characters', () => {
    expect(() => compilePattern('a'.repeat(40))).not.toThrow();
    expect(errorOf('a'.repeat(41)).reason).toContain('longer than 40');
  });
});

describe('the second step a pattern needs', () => {
  const second = (src: string) => {
    const s = compilePattern(src).second;
    return s && { words: [...s.words].sort(), stems: [...s.stems].sort() };
  };
  it('lists the words and stems any match has second', () => {
    expect(second('(i|we) (doubt|think)')).toEqual({ words: ['doubt', 'think'], stems: [] });
    expect(second('(i|we) ?(really) doubt*')).toEqual({ words: ['really'], stems: ['doubt'] });
    expect(second('(i have|we can) help')).toEqual({ words: ['can', 'have'], stems: [] });
    expect(second('no $ ^ thanks')).toEqual({ words: ['thanks'], stems: [] });
  });
  it('is null when a match may end after one word or go on with any word', () => {
    expect(second('^ no $')).toBeNull();
    expect(second('(i|we) ?(doubt)')).toBeNull();
    expect(second('(i|we) ~2 doubt')).toBeNull();
    expect(second('(sorry|i apologise)')).toBeNull();
  });
});

describe('how many words a match spans', () => {
  it('knows the fewest and the most, gaps, optionals and alternatives included', () => {
    const span = (src: string) => {
      const c = compilePattern(src);
      return [c.minWords, c.maxWords];
    };
    expect(span('(i|we) doubt')).toEqual([2, 2]);
    expect(span('(i|we) ~3 doubt')).toEqual([2, 5]);
    expect(span('(sorry|i do apologise) ?(for that)')).toEqual([1, 5]);
    expect(span('^ no $')).toEqual([1, 1]);
    expect(span('refund <~2> (no|not)')).toEqual([2, 4]);
  });
});
