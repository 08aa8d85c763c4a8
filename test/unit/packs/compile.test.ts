import { describe, expect, it } from 'vitest';
import { compiledFor } from '../../../lib/engine/compiled';
import { BUILTIN_PACKS } from '../../../lib/packs/builtin';
import { exampleText } from '../../../lib/packs/examples';
import { compilePacks, compilePatterns, ruleFires, ruleHits, type SentenceMemo } from '../../../lib/packs/compile';
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

describe('sentence-scoped unless patterns', () => {
  it('are looked for only in sentences where their rule matches', () => {
    const set = compilePacks(packs());
    const findOut = set.patterns.indexOf('find out');
    const text = "We'll find out. I don't know yet, but I'll find out. Let me find out.";
    const hits = set.scan(indexText(text))[findOut]!.map((h) => text.slice(h.start, h.end));
    // Only the second sentence has "I don't know": the other two are not searched for "find out".
    expect(hits).toEqual(['find out']);
    // Draft-scoped unless patterns (and those with any other use) are looked for everywhere.
    const back = set.patterns.indexOf('(back|restock*) ~3 (on|by)');
    const t2 = 'Back on Monday. Nothing else.';
    expect(set.scan(indexText(t2))[back]).toHaveLength(1);
  });

  // Every built-in rule's examples, twice over: 2.8 s alone and 6.1 s on a loaded 2-core machine (#15).
  it('give every built-in rule the same hits and the same verdict as a scan of every pattern everywhere', {
    timeout: 30_000,
  }, () => {
    for (const lang of ['en', 'et', 'lv', 'ru'] as const) {
      const set = compiledFor(BUILTIN_PACKS, lang);
      const everywhere = compilePatterns(set.patterns);
      const texts = set.packs.flatMap((p) =>
        p.rules.flatMap((r) => [...r.examples.fires.map(exampleText), ...r.examples.silent]),
      );
      // One long text too, so that sentences with and without a rule's match stand side by side.
      for (const text of [...texts, texts.join(' ')]) {
        const index = indexText(text);
        const lazy = set.scan(index);
        const full = everywhere.scan(index);
        for (const rule of set.rules) {
          expect(ruleHits(rule, lazy)).toEqual(ruleHits(rule, full));
          expect(ruleFires(rule, lazy)).toBe(ruleFires(rule, full));
        }
      }
      // Sentences from the memo carry the hits their lazy patterns had when first scanned.
      const long = `${texts.join(' ')} ${texts.join(' ')}`;
      const memo: SentenceMemo = new Map();
      expect(set.scan(indexText(long), memo)).toEqual(set.scan(indexText(long)));
      expect(set.scan(indexText(long), memo)).toEqual(set.scan(indexText(long)));
    }
  });
});

describe('scans for the reply or for the customer', () => {
  // Every built-in rule's examples, twice over: 2.8 s alone and 6.1 s on a loaded 2-core machine (#15).
  it('run only the patterns for that text and find the same hits for them as a scan of every pattern', {
    timeout: 30_000,
  }, () => {
    for (const lang of ['en', 'et', 'lv', 'ru'] as const) {
      const set = compiledFor(BUILTIN_PACKS, lang);
      const forCustomer = new Set(set.cues.filter((c) => c.cue.in === 'customer').flatMap((c) => c.patterns));
      const forReply = new Set([
        ...set.rules.flatMap((r) => r.patterns),
        ...set.cues.filter((c) => c.cue.in === 'draft').flatMap((c) => c.patterns),
        ...set.templates.flatMap((t) => t.skipIf.flat()),
      ]);
      const texts = set.packs.flatMap((p) => p.rules.flatMap((r) => r.examples.fires.map(exampleText)));
      const text = texts.join(' ');
      const all = set.scan(indexText(text));
      const reply = set.scan(indexText(text), undefined, 'reply');
      const customer = set.scan(indexText(text), undefined, 'customer');
      set.patterns.forEach((_, id) => {
        if (forReply.has(id)) expect(reply[id]).toEqual(all[id]);
        else if (!set.rules.some((r) => r.unless.includes(id))) expect(reply[id]).toEqual([]);
        if (forCustomer.has(id)) expect(customer[id]).toEqual(all[id]);
        else expect(customer[id]).toEqual([]);
      });
      // The customer's cues found something in these texts, and the reply scan left them alone.
      const customerOnly = [...forCustomer].filter((id) => !forReply.has(id));
      expect(customerOnly.some((id) => (all[id]?.length ?? 0) > 0)).toBe(true);
      expect(customerOnly.every((id) => reply[id]!.length === 0)).toBe(true);
    }
  });
});
