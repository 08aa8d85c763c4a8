import { describe, expect, it } from 'vitest';
import { compiledFor } from '../../../lib/engine/compiled';
import type { RulePack } from '../../../lib/packs/types';
import { FIXTURE_PACKS } from './fixturePacks';

describe('compiledFor', () => {
  it('compiles a selection of packs once, whatever array holds them', () => {
    const a = compiledFor(FIXTURE_PACKS, 'en');
    expect(compiledFor([...FIXTURE_PACKS], 'en')).toBe(a);
    expect(a.packs.every((p) => p.language === 'en')).toBe(true);
    const fewer = compiledFor(
      FIXTURE_PACKS.filter((p) => p.id !== 'en.tone'),
      'en',
    );
    expect(fewer).not.toBe(a);
    expect(fewer.rules.some((r) => r.id.startsWith('en.tone.'))).toBe(false);
  });

  it('leaves out a pack whose pattern does not compile, and keeps the others', () => {
    const broken: RulePack = {
      id: 'x.en.broken',
      language: 'en',
      scenario: 'tone',
      version: 1,
      name: 'broken',
      rules: [
        {
          id: 'bad',
          patterns: ["('ve"],
          message: 'm',
          source: 's',
          weight: 5,
          dimension: 'clarity',
          examples: { fires: [], silent: [] },
        },
      ],
    };
    const set = compiledFor([...FIXTURE_PACKS, broken], 'en');
    expect(set.packs.map((p) => p.id)).not.toContain('x.en.broken');
    expect(set.packs.map((p) => p.id)).toContain('en.tone');
  });
});
