import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readCheckedSettings } from '../../../lib/settings/compilable';
import { readSettings } from '../../../lib/settings/read';
import { SAMPLE_PACK } from '../../fixtures/trust/packs';

// The compiler refuses one pack the schema took (as it would one beyond its limits for a whole pack).
vi.mock('../../../lib/packs/compile', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../lib/packs/compile')>();
  return {
    ...original,
    compilePacks: (packs: Parameters<typeof original.compilePacks>[0]) => {
      if (packs.some((p) => p.id === 'acme.breaks')) throw new Error('the pack has too many patterns together');
      return original.compilePacks(packs);
    },
  };
});

beforeEach(() => fakeBrowser.reset());

describe('a custom pack the compiler refuses (#13)', () => {
  it('is left out with a notice that names it and says why, instead of vanishing from the analysis', async () => {
    await fakeBrowser.storage.local.set({
      customPacks: [
        { ...SAMPLE_PACK, id: 'acme.breaks' },
        { ...SAMPLE_PACK, id: 'acme.fine' },
      ],
    });
    const checked = await readCheckedSettings();
    expect(checked.settings.customPacks.map((p) => p.id)).toEqual(['acme.fine']);
    expect(checked.notices).toEqual([
      'The rule pack "acme.breaks" could not be compiled and is not used: the pack has too many patterns together.',
    ]);
    // The content script reads only its site switch: no compiling there.
    const light = await readSettings();
    expect(light.settings.customPacks).toHaveLength(2);
  });
});
