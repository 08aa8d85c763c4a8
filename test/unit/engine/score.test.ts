import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { FIXTURE_PACKS } from './fixturePacks';

const score = (draft: string, customerName?: string, customer?: string) =>
  analyze({ draft, customerName, customer }, FIXTURE_PACKS);

describe('score', () => {
  it('orders clean, merely incomplete and negative drafts', () => {
    const clean = score(
      "Hi Laura, I've asked our team to check the dock and I'll email you by Thursday. Is there anything else I can do for you?",
      'Laura',
    );
    const incomplete = score("I've asked our team to check the dock and I'll email you by Thursday.", 'Laura');
    const negative = score("Hi Laura, I don't know. That's not my job.", 'Laura');
    expect(clean.score).toBe(100);
    expect(incomplete.score).toBeLessThan(clean.score);
    expect(negative.score).toBeLessThan(incomplete.score);
  });

  it('lowers the dimension of each finding and explains what is missing', () => {
    const a = score("That's not my job.", 'Laura');
    expect(a.dimensions.ownership.score).toBeLessThan(100);
    expect(a.dimensions.ownership.reasons.join(' ')).toContain('not my job');
    expect(a.dimensions.warmth.reasons.join(' ')).toContain('name');
    expect(a.dimensions.warmth.reasons.join(' ')).toContain('greet');
    expect(a.dimensions.closing.reasons.join(' ')).toContain('closing');
    expect(a.dimensions.clarity.reasons.join(' ')).toContain('short');
    expect(a.dimensions.positivity.score).toBe(100);
  });

  it('recognises the name in another grammatical case', () => {
    const lv = analyze({ draft: 'Labdien, Jāni! Pasūtījums ir ceļā.', customerName: 'Jānis' }, FIXTURE_PACKS);
    expect(lv.dimensions.warmth.reasons).toEqual([]);
  });

  it('stays within 0–100', () => {
    const worst = score("Please calm down. That's not my job. It's not our fault. Please calm down. Calm down.", 'X');
    expect(worst.score).toBeGreaterThanOrEqual(0);
    expect(worst.score).toBeLessThan(30);
  });
});
