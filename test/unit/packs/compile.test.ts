import { describe, expect, it } from 'vitest';
import { compilePacks, ruleFires, ruleHits } from '../../../lib/packs/compile';
import { indexText } from '../../../lib/packs/text';
import type { RulePack } from '../../../lib/packs/types';

const base = {
  message: 'm',
  source: 's',
  weight: 5,
  dimension: 'ownership' as const,
  examples: { fires: ['x'], silent: ['y'] },
};

function packs(): RulePack[] {
  return [
    {
      id: 't.en',
      language: 'en',
      scenario: 'unknown_answer',
      version: 1,
      name: 'T',
      rules: [
        { ...base, id: 'dont-know', patterns: ["i (don't|do not) know"], unless: ['find out'] },
        {
          ...base,
          id: 'stock',
          patterns: ['out of stock'],
          unless: ['(back|restock*) ~3 (on|by)'],
          unlessScope: 'draft',
        },
        { ...base, id: 'no-sorry', kind: 'missing', scenarios: ['complaint'], patterns: ['sorry', 'apologi*'] },
        { ...base, id: 'dup', patterns: ["i (don't|do not) know", 'i ~1 know'] },
      ],
      cues: [{ patterns: ['when will'], in: 'customer', weight: 3, label: 'asks when' }],
      templates: [{ id: 'default', parts: ['{greeting}', { text: 'Sorry.', skipIf: ['sorry'] }] }],
    },
  ];
}

describe('compilePacks', () => {
  it('compiles every pattern once and points rules, cues and templates into the scan', () => {
    const set = compilePacks(packs());
    expect(set.rules.map((r) => r.id)).toEqual(['t.en.dont-know', 't.en.stock', 't.en.no-sorry', 't.en.dup']);
    // "i (don't|do not) know" appears twice but is one pattern; "sorry" is shared by a rule and a skipIf.
    expect(set.patterns.filter((p) => p === "i (don't|do not) know")).toHaveLength(1);
    expect(set.rules[3]!.patterns[0]).toBe(set.rules[0]!.patterns[0]);
    expect(set.templates[0]!.skipIf).toEqual([[], [set.rules[2]!.patterns[0]]]);
    expect(set.cues[0]).toMatchObject({ scenario: 'unknown_answer', patterns: [set.patterns.indexOf('when will')] });
  });
  it('is cached per packs array', () => {
    const p = packs();
    expect(compilePacks(p)).toBe(compilePacks(p));
    expect(compilePacks(packs())).not.toBe(compilePacks(p));
  });
  it('names pack › rule › field when a pattern is bad', () => {
    const p = packs();
    p[0]!.rules[1]!.unless = ['(back'];
    expect(() => compilePacks(p)).toThrow('pack "t.en" › rule "stock" › unless[0]: missing ")" at 5');
  });
});

describe('ruleHits and ruleFires', () => {
  const set = compilePacks(packs());
  const rule = (id: string) => set.rules.find((r) => r.id === `t.en.${id}`)!;
  const hits = (id: string, text: string) =>
    ruleHits(rule(id), set.scan(indexText(text))).map((h) => text.slice(h.start, h.end));
  it('cancels a hit when an unless-pattern matches in the same sentence', () => {
    expect(hits('dont-know', "I don't know yet, but I'll find out by Friday.")).toEqual([]);
    expect(hits('dont-know', "I don't know. I'll find out by Friday.")).toEqual(["I don't know"]);
  });
  it('cancels every hit with unlessScope draft', () => {
    expect(hits('stock', "It's out of stock. It will be back on Monday.")).toEqual([]);
    expect(hits('stock', "It's out of stock. Sorry.")).toEqual(['out of stock']);
  });
  it('merges the same span from two patterns', () => {
    expect(hits('dup', "I don't know")).toEqual(["I don't know"]);
  });
  it('fires a missing rule when none of its patterns matches', () => {
    expect(ruleFires(rule('no-sorry'), set.scan(indexText('We will look into it.')))).toBe(true);
    expect(ruleFires(rule('no-sorry'), set.scan(indexText('We apologise for this.')))).toBe(false);
  });
});
