import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { mergeFindings } from '../../../lib/engine/findings';
import type { Finding } from '../../../lib/engine/types';
import { FIXTURE_PACKS } from './fixturePacks';

const run = (draft: string, customer?: string, silencedRules?: string[]) =>
  analyze({ draft, customer }, FIXTURE_PACKS, { silencedRules });

describe('findings', () => {
  it('gives UTF-16 offsets into the draft', () => {
    const draft = "Hi 👋 Laura, I don't know. That's not my job.";
    const a = run(draft);
    expect(a.findings.length).toBe(2);
    for (const f of a.findings) expect(draft.slice(f.start, f.end)).toBe(f.text);
    expect(a.findings[0]?.text).toBe("I don't know");
    expect(a.findings[0]?.replacement).toContain('let me find out');
  });

  it('extends a match without a replacement to the end of its clause', () => {
    const draft = "It's not my job to interpret the policy wording, sorry.";
    const [f] = run(draft).findings;
    expect(f?.text).toBe("It's not my job to interpret the policy wording");
  });

  it('cancels a match when its unless-pattern matches in the same sentence only', () => {
    expect(run("I don't know yet, but I'll find out by Friday.").findings).toEqual([]);
    const a = run("I don't know. I'll find out by Friday.");
    expect(a.findings.map((f) => f.rule)).toEqual(['en.unknown_answer.bare-dont-know']);
  });

  it('runs missing rules only in their scenarios, once, on the first sentence after the greeting', () => {
    const customer = 'My screen has a dead pixel.';
    const draft = 'Hi Emma, the screen was checked before shipping. We can look at it again.';
    const a = run(draft, customer);
    expect(a.scenario).toBe('complaint');
    const missing = a.findings.filter((f) => f.rule === 'en.complaint.no-apology');
    expect(missing).toHaveLength(1);
    expect(missing[0]?.text).toBe('the screen was checked before shipping.');
    expect(run("Hi Emma, I'm so sorry. The screen was checked.", customer).findings).toEqual([]);
    // Not a complaint: the rule stays quiet.
    expect(run(draft, 'When does the shop open?').findings).toEqual([]);
  });

  it('runs only the rules of the draft language', () => {
    // The Estonian "rahunege" rule must not fire on an English draft that contains the word.
    expect(run('The word rahunege is Estonian; we are happy to help.').findings).toEqual([]);
    const et = analyze({ draft: 'Palun rahunege, me aitame.' }, FIXTURE_PACKS);
    expect(et.language).toBe('et');
    expect(et.findings.map((f) => f.rule)).toEqual(['et.tone.calm-down']);
  });

  it('leaves silenced rules out', () => {
    const draft = "I don't know. That's not my job.";
    const a = run(draft, undefined, ['en.tone.not-my-job']);
    expect(a.findings.map((f) => f.rule)).toEqual(['en.unknown_answer.bare-dont-know']);
  });

  it('merges overlapping findings, keeping the heavier, sorted by start', () => {
    const f = (rule: string, start: number, end: number, weight: number): Finding => ({
      rule,
      start,
      end,
      text: 'x'.repeat(end - start),
      message: '',
      dimension: 'warmth',
      weight,
    });
    const merged = mergeFindings([f('c', 30, 40, 3), f('a', 0, 10, 5), f('b', 5, 20, 8)]);
    expect(merged.map((m) => m.rule)).toEqual(['b', 'c']);
    // On the draft: "not my job" and "not our fault"-like overlaps never leave two findings on one span.
    const a = run("That's not my job and it's not our fault.");
    for (let i = 1; i < a.findings.length; i++) {
      expect(a.findings[i]!.start).toBeGreaterThanOrEqual(a.findings[i - 1]!.end);
    }
  });
});

describe('what the draft lacks', () => {
  it('is one suggestion on one sentence, saying everything that is missing', async () => {
    const { analyze } = await import('../../../lib/engine/analyze');
    const { BUILTIN_PACKS } = await import('../../../lib/packs/builtin');
    const a = analyze(
      {
        draft: 'The parcel was sent on 3 May. It is with the courier.',
        customer: 'This is a JOKE!!! My parcel is lost AGAIN and NOBODY answers. Worst service ever.',
      },
      BUILTIN_PACKS,
    );
    expect(a.scenario).toBe('angry_customer');
    const onFirst = a.findings.filter((f) => f.start === 0);
    expect(onFirst).toHaveLength(1);
    expect(onFirst[0]!.message).toMatch(/sorry|apolog/i);
    expect(onFirst[0]!.message).toMatch(/understand/i);
  });
});
