import { describe, expect, it } from 'vitest';
import { MAX_CUSTOMER_CHARS, MAX_DRAFT_CHARS, validateAnalyzeInput } from '../../../lib/messaging/validate';

describe('validateAnalyzeInput', () => {
  it('accepts a well-formed request and copies only known fields', () => {
    const r = validateAnalyzeInput({
      draft: 'Hi',
      customer: 'Hello',
      customerName: 'Laura',
      lang: 'lv',
      scenario: 'refusal',
      site: 'gmail',
      extra: 'ignored',
    });
    expect(r).toEqual({
      ok: true,
      value: { draft: 'Hi', customer: 'Hello', customerName: 'Laura', lang: 'lv', scenario: 'refusal', site: 'gmail' },
    });
    expect(validateAnalyzeInput({ draft: '', customerName: null })).toEqual({
      ok: true,
      value: { draft: '', customerName: null },
    });
  });

  it('refuses wrong types', () => {
    for (const bad of [null, 'draft', [], { draft: 1 }, { draft: 'x', customer: 2 }, { draft: 'x', customerName: 3 }]) {
      expect(validateAnalyzeInput(bad).ok).toBe(false);
    }
  });

  it('refuses unknown languages and scenarios', () => {
    expect(validateAnalyzeInput({ draft: 'x', lang: 'de' }).ok).toBe(false);
    expect(validateAnalyzeInput({ draft: 'x', scenario: 'happy' }).ok).toBe(false);
  });

  it('enforces the size limits', () => {
    expect(validateAnalyzeInput({ draft: 'a'.repeat(MAX_DRAFT_CHARS) }).ok).toBe(true);
    const long = validateAnalyzeInput({ draft: 'a'.repeat(MAX_DRAFT_CHARS + 1) });
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.error).toContain('draft');
    expect(validateAnalyzeInput({ draft: 'x', customer: 'a'.repeat(MAX_CUSTOMER_CHARS + 1) }).ok).toBe(false);
    expect(validateAnalyzeInput({ draft: 'x', customer: 'a'.repeat(MAX_CUSTOMER_CHARS) }).ok).toBe(true);
  });
});
