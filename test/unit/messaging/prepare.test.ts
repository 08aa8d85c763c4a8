import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerHandlers } from '../../../lib/background/handlers';
import * as compiled from '../../../lib/engine/compiled';
import { sendMessage } from '../../../lib/messaging/protocol';
import { defaultModels } from '../../../lib/model';
import { loadedModels } from '../../../lib/model/models';

const MODELS = loadedModels(defaultModels());

vi.mock('../../../lib/engine/compiled', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../lib/engine/compiled')>();
  return { ...original, prepareLanguage: vi.fn(original.prepareLanguage) };
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 200));
const prepared = () => vi.mocked(compiled.prepareLanguage).mock.calls.map(([, lang]) => lang);

describe('background compiles the enabled packs ahead of the first analysis', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.mocked(compiled.prepareLanguage).mockClear();
  });

  it('on start, after each settings change (latest language first), and not after it stops', async () => {
    const stop = registerHandlers(MODELS);
    await vi.waitFor(() => expect(prepared()).toEqual(['en', 'et', 'lv', 'ru']), { timeout: 10_000 });

    // An Estonian analysis makes Estonian the language compiled first after the next change.
    const a = await sendMessage('analyze', { draft: 'Tere! Kahjuks ma ei tea, millal kaup saabub.' });
    expect(a.language).toBe('et');

    vi.mocked(compiled.prepareLanguage).mockClear();
    await fakeBrowser.storage.sync.set({ packToggles: { 'et.tone': false } });
    await vi.waitFor(() => expect(prepared()).toEqual(['et', 'en', 'lv', 'ru']), { timeout: 10_000 });
    // Those are the packs the next analysis uses: et.tone is off in them.
    const packs = vi.mocked(compiled.prepareLanguage).mock.calls[0]![0];
    expect(packs.some((p) => p.id === 'et.tone')).toBe(false);
    expect(packs.some((p) => p.id === 'en.tone')).toBe(true);

    // A fixed language compiles only that one.
    vi.mocked(compiled.prepareLanguage).mockClear();
    await fakeBrowser.storage.sync.set({ language: 'lv' });
    await vi.waitFor(() => expect(prepared()).toEqual(['lv']), { timeout: 10_000 });

    stop();
    vi.mocked(compiled.prepareLanguage).mockClear();
    await fakeBrowser.storage.sync.set({ language: 'auto' });
    // Nothing more is compiled, however long one waits.
    await settle();
    expect(prepared()).toEqual([]);
  });
});
