import { describe, expect, it } from 'vitest';
import { DIMENSIONS, LANGUAGES, SCENARIOS } from '../../lib/engine/types';

describe('engine types', () => {
  it('names the four languages and seven scenarios of the practice', () => {
    expect(LANGUAGES).toEqual(['en', 'et', 'lv', 'ru']);
    expect(SCENARIOS).toHaveLength(7);
    expect(DIMENSIONS).toContain('closing');
  });
});
