import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { extractFacts, knownNames } from '../../../lib/engine/facts';
import { isFragment, tidy } from '../../../lib/engine/rewrite';
import type { AnalyzeInput } from '../../../lib/engine/types';
import type { RulePack } from '../../../lib/packs/types';
import { FIXTURE_PACKS } from './fixturePacks';

/**
 * How rewrites read: replacements only where they fit the clause, no fragments, tidy joins, a general reply
 * that still says something, and facts that are facts. The packs here are small and made for these cases.
 */

const rule = (id: string, patterns: string[], weight: number, replacement?: string) => ({
  id,
  patterns,
  message: 'test',
  source: 'practice: test',
  weight,
  dimension: 'ownership' as const,
  examples: { fires: [], silent: [] },
  ...(replacement ? { replacement } : {}),
});

const tone: RulePack = {
  id: 'en.tone',
  language: 'en',
  scenario: 'tone',
  version: 1,
  name: 'tone (test)',
  phrases: {
    greetingNamed: 'Hi {customerName},',
    greetingPlain: 'Hello,',
    closing: '{customerName}, is there anything else I can do for you?',
    closingPlain: 'Is there anything else I can do for you?',
    factsIntro: 'Regarding {facts}:',
  },
  rules: [
    rule('not-my-job', ["(that's|it's|this|that|it) ~1 not (my|our) (job|department|area)"], 9),
    rule('as-i-said', ['as i (said|told you)'], 4, 'just to recap'),
    rule('not-our-fault', ['not our fault'], 8),
  ],
};

const unknown: RulePack = {
  id: 'en.unknown_answer',
  language: 'en',
  scenario: 'unknown_answer',
  version: 1,
  name: 'unknown (test)',
  rules: [
    rule(
      'no-clue',
      ["(i|we) (don't|do not) know", '(i have )?no (clue|idea)'],
      6,
      "That's a very good question – let me find out for you right away",
    ),
  ],
  cues: [{ patterns: ["(i|we) (don't|do not) know", 'no (clue|idea)'], in: 'draft', weight: 7, label: 'unknown' }],
  templates: [
    {
      id: 'default',
      parts: [
        '{greeting}',
        { text: "That's a very good question – let me find out for you right away.", skipIf: ['find out'] },
        '{body}',
        "I'll get back to you by [date].",
        '{closing}',
      ],
    },
  ],
};

const refusal: RulePack = {
  id: 'en.refusal',
  language: 'en',
  scenario: 'refusal',
  version: 1,
  name: 'refusal (test)',
  rules: [
    rule('bare-no', ['^ no $'], 6, "as much as I'd like to help"),
    rule('policy', ['against our policy', 'rules are rules'], 6),
  ],
  cues: [{ patterns: ['against our policy', 'rules are rules'], in: 'draft', weight: 7, label: 'refusal' }],
  templates: [
    {
      id: 'default',
      parts: [
        '{greeting}',
        { text: "As much as I'd like to help, we can't do it this time, because [reason].", skipIf: ['as much as'] },
        '{body}',
        'What I can do instead is [alternative].',
        '{closing}',
      ],
    },
  ],
};

const angry: RulePack = {
  id: 'en.angry_customer',
  language: 'en',
  scenario: 'angry_customer',
  version: 1,
  name: 'angry (test)',
  rules: [rule('calm-down', ['calm down'], 10, 'I completely understand how frustrating this is')],
  cues: [{ patterns: ['(useless|joke)'], in: 'customer', weight: 7, label: 'anger' }],
  templates: [{ id: 'default', parts: ['{greeting}', "I'm truly sorry.", '{body}', '{closing}'] }],
};

const complaint: RulePack = {
  id: 'en.complaint',
  language: 'en',
  scenario: 'complaint',
  version: 1,
  name: 'complaint (test)',
  rules: [rule('blame-maker', ['(send|take) ~3 (complaint|complaints) ~3 (manufacturer|maker)'], 8)],
  cues: [{ patterns: ['(broken|scratched|came off)'], in: 'customer', weight: 2, label: 'defect' }],
  templates: [
    {
      id: 'default',
      parts: ['{greeting}', "I'm very sorry this happened.", '{body}', 'I can [option 1] or [option 2].', '{closing}'],
    },
  ],
};

const stock: RulePack = {
  id: 'en.out_of_stock',
  language: 'en',
  scenario: 'out_of_stock',
  version: 1,
  name: 'out of stock (test)',
  rules: [],
  cues: [
    { patterns: ['(sold out|out of stock)'], in: 'draft', weight: 7, label: 'not in stock' },
    { patterns: ['available'], in: 'draft', weight: 3, label: 'availability' },
  ],
  templates: [
    {
      id: 'default',
      parts: ['{greeting}', '{body}', 'It will be back on [date]; I can reserve it for you.', '{closing}'],
    },
  ],
};

const general: RulePack = {
  id: 'en.general',
  language: 'en',
  scenario: 'general',
  version: 1,
  name: 'general (test)',
  rules: [],
  templates: [{ id: 'default', parts: ['{greeting}', '{body}', '{closing}'] }],
};

const PACKS = [tone, unknown, refusal, angry, complaint, stock, general];
const run = (input: AnalyzeInput) => analyze(input, PACKS);

/** The body paragraphs of a rewrite: without greeting and closing. */
function sentencesOf(rewrite: string): string[] {
  return rewrite
    .split(/\n+/)
    .flatMap((p) => p.split(/(?<=[.!?])\s+/))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Joins that never read well, whatever the language. */
function expectTidy(rewrite: string): void {
  expect(rewrite).not.toMatch(/(?<!\.)\.\.(?!\.)/);
  expect(rewrite).not.toMatch(/ [,.;:!?]/);
  expect(rewrite).not.toMatch(/[,;:][.!?]/);
  expect(rewrite).not.toMatch(/[–—-]\s*$/m);
  expect(rewrite).not.toMatch(/[.!?]\s+\p{Ll}/u);
  for (const s of sentencesOf(rewrite)) expect(isFragment(s)).toBe(false);
}

describe('replacements in their clause', () => {
  it('drops a clause when a long replacement would be spliced into its middle', () => {
    const a = run({
      draft: 'Hi Grace, honestly I have no clue why the bill is €212. We checked the meter on 3 May.',
      customerName: 'Grace',
    });
    expect(a.rewrite).not.toContain('no clue');
    expect(a.rewrite).not.toMatch(/right away why/);
    expect(a.rewrite).not.toMatch(/Honestly that's/i);
    // The fact of the dropped clause is kept.
    expect(a.rewrite).toContain('€212');
    expect(a.rewrite).toContain('We checked the meter on 3 May.');
    expectTidy(a.rewrite);
  });

  it('puts a long replacement in place of a clause it nearly covers, keeping the sentence mark', () => {
    const a = run({ draft: "Sorry, I don't know. Cards usually take 5 working days." });
    expect(a.rewrite).toContain("Sorry, that's a very good question – let me find out for you right away.");
    expect(a.rewrite).toContain('Cards usually take 5 working days.');
    expectTidy(a.rewrite);
  });

  it('swaps a phrase for a phrase in the middle of a sentence, in lower case', () => {
    const a = run({ draft: 'Hi Ben, as I said, you must update the app to version 4.2.', customerName: 'Ben' });
    expect(a.rewrite).toContain('Just to recap, you must update the app to version 4.2.');
    expectTidy(a.rewrite);
  });

  it('takes a lone word after the replaced clause with it', () => {
    const a = run({
      draft: 'Anna, calm down, please. Your parcel 88231 arrives on Friday.',
      customer: 'This is a joke!',
      customerName: 'Anna',
    });
    // The name the draft opened with moves into the greeting: it is not said twice. Sympathy is no apology: the
    // angry customer gets the template's apology before it.
    expect(a.rewrite).toMatch(/^Hi Anna,\n\nI'm truly sorry\. I completely understand how frustrating this is\./u);
    expect(a.rewrite).not.toMatch(/this is,? please/);
    expect(a.rewrite).toContain('Your parcel 88231 arrives on Friday.');
    expectTidy(a.rewrite);
  });

  it('never leaves a subordinate fragment as a sentence', () => {
    const a = run({ draft: 'No. One-way returns are against our policy, we never allow it.' });
    expect(a.scenario).toBe('refusal');
    expect(a.rewrite).not.toMatch(/^As much as I'd like to help\.$/m);
    expect(a.rewrite).toContain("As much as I'd like to help, we can't do it this time");
    expectTidy(a.rewrite);
  });

  it('drops a trailing clause that starts with a question word once its main clause is gone', () => {
    const a = run({ draft: "I have no idea, why the fee of €15 was charged. That's not my job." });
    expect(a.rewrite).not.toMatch(/^Why the fee/m);
    expect(a.rewrite).toContain('€15');
    expectTidy(a.rewrite);
  });
});

describe('tidy and isFragment', () => {
  it('mends the joins of a rewritten sentence', () => {
    expect(tidy('we can help , today..')).toBe('We can help, today.');
    expect(tidy('– it arrives on Friday –.')).toBe('It arrives on Friday.');
    expect(tidy('Is it done?.')).toBe('Is it done?');
    expect(tidy('It costs 38,40 €.')).toBe('It costs 38,40 €.');
  });

  it('tells a subordinate fragment from a sentence', () => {
    expect(isFragment("As much as I'd like to help.")).toBe(true);
    expect(isFragment("Ida, as much as I'd like to help.")).toBe(true);
    expect(isFragment('Откуда эта комиссия 15 евро.')).toBe(true);
    expect(isFragment("As much as I'd like to help, we can't do it.")).toBe(false);
    expect(isFragment('Why is the bill so high?')).toBe(false);
    expect(isFragment('Cards usually take 5 working days.')).toBe(false);
    // A word before "that" completes it: "Good that you ask", "Thanks that you chose".
    expect(isFragment('Hea, et sellest enne ostu küsite.')).toBe(false);
    expect(isFragment('Paldies, ka jautājāt.')).toBe(false);
  });
});

describe('a reply that says something', () => {
  it("borrows a candidate scenario's template when the general body empties out", () => {
    const a = run({
      draft: 'Please send your complaints to the manufacturer.',
      customer: 'The sole of my shoe came off.',
      customerName: 'Sirje',
    });
    expect(a.scenario).toBe('general');
    expect(a.rewrite).toContain("I'm very sorry this happened.");
    expect(a.rewrite).toContain('[option 1]');
    expect(a.rewrite).not.toContain('manufacturer');
  });

  it('says something when nothing of the draft survives and no scenario is in sight', () => {
    const a = analyze({ draft: "That's not my job.", customerName: 'Ott' }, FIXTURE_PACKS);
    expect(a.scenario).toBe('general');
    expect(a.rewrite).not.toContain('not my job');
    // More than a greeting and a closing.
    expect(a.rewrite.split('\n\n').length).toBeGreaterThan(2);
  });

  it('lets the facts of an emptied body lead into the next part instead of standing alone', () => {
    const a = run({ draft: "I have no idea when the Malmo sofa 3-seat comes back. That's not my job." });
    expect(a.rewrite).toContain('Malmo sofa 3-seat');
    expect(a.rewrite).not.toMatch(/:\s*$/m);
  });
});

describe('scenario: not available and no answer when', () => {
  it('is out of stock when the reply says it is not available and does not know when', () => {
    const a = run({
      draft: "Unfortunately the Malmo sofa is not available right now and I don't know when we get more.",
      customer: 'Is the blue Malmo sofa back?',
    });
    expect(a.scenario).toBe('out_of_stock');
  });

  it('stays unknown_answer when availability is not denied', () => {
    const a = run({
      draft: "I don't know when the Malmo sofa is available, I'll check.",
      customer: 'Is the blue Malmo sofa back?',
    });
    expect(a.scenario).toBe('unknown_answer');
  });

  it('stays unknown_answer when the customer asked nothing', () => {
    const a = run({
      draft: "The sofa is not available in blue and I don't know why.",
      customer: 'I wanted the blue sofa.',
    });
    expect(a.scenario).toBe('unknown_answer');
  });
});

describe('facts are facts', () => {
  const facts = (s: string, extra: string[] = []) =>
    extractFacts(s, 0, s.length, 0, () => false, knownNames([s, ...extra]));

  it('does not take a capitalised verb after a comma for a name', () => {
    const s = "I'm new here so I don't know, Contact Apple about the MacBook Air M3 from order 310982.";
    const f = facts(s);
    expect(f).not.toContain('Contact Apple');
    expect(f).toContain('MacBook Air M3');
    expect(f).toContain('order 310982');
  });

  it('does not take a word written in lower case elsewhere for a name', () => {
    const f = facts('You can Check it on Monday. Please check the app.');
    expect(f).not.toContain('Check');
    expect(f).toContain('Monday');
  });

  it('keeps names, codes, amounts, dates, links and counted numbers', () => {
    expect(facts('The plan Flex costs €12.90. It starts on 1 June.')).toEqual(['Flex', '€12.90', '1 June']);
    expect(facts('Читайте условия на странице 4.')).toEqual(['странице 4']);
    expect(facts('Pasūtījums 44120 tika nosūtīts 18. līdz 20. septembrim.')).toEqual([
      'Pasūtījums 44120',
      '18. līdz 20. septembrim',
    ]);
    expect(facts('Write to help@shop.ee or see www.shop.ee/returns.')).toEqual(['help@shop.ee', 'www.shop.ee/returns']);
  });
});
