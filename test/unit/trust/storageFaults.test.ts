// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { storage } from 'wxt/utils/storage';
import { whileSiteEnabled } from '../../../entrypoints/content/siteSwitch';
import { registerHandlers } from '../../../lib/background/handlers';
import { sendMessage } from '../../../lib/messaging/protocol';
import { SETTINGS_VERSION } from '../../../lib/settings/items';
import { readSettings, watchSettings } from '../../../lib/settings/read';
import { defaultModels } from '../../../lib/model';
import { loadedModels } from '../../../lib/model/models';

const MODELS = loadedModels(defaultModels());

/**
 * Storage faults, on the side that coaches: storage that fails to read, a value saved by a future version, and
 * listeners that throw once the extension context is gone. Tact keeps working with defaults, says so, and never
 * touches the agent's text (it does not store drafts at all).
 */

const DRAFT = 'Please calm down. The refund was sent on 3 May.';

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Makes every storage read fail, as a corrupted profile or a full disk can. */
function failReads(): void {
  for (const area of [fakeBrowser.storage.sync, fakeBrowser.storage.local]) {
    vi.spyOn(area, 'get').mockRejectedValue(new Error('IO error: disk full'));
  }
}

describe('the background analyses with defaults when storage fails', () => {
  it('answers when every storage read fails, and the settings say why', async () => {
    failReads();
    const effective = await readSettings();
    expect(effective.notices.some((n) => /could not be read/.test(n))).toBe(true);
    const stop = registerHandlers(MODELS);
    const analysis = await sendMessage('analyze', { draft: DRAFT });
    expect(analysis.findings.some((f) => /calm down/i.test(f.text))).toBe(true);
    stop();
  });

  it('answers with defaults when a setting was saved by a newer version', async () => {
    // A future version's shape for silenced rules: unreadable here, so the default (nothing silenced) is used.
    await storage.setItem('sync:silencedRules', { rules: ['en.tone.calm-down'], v2: true });
    await storage.setMeta('sync:silencedRules', { v: SETTINGS_VERSION + 1 });
    const effective = await readSettings();
    expect(effective.settings.silencedRules).toEqual([]);
    expect(effective.notices.join(' ')).toMatch(/newer version/);
    const stop = registerHandlers(MODELS);
    const analysis = await sendMessage('analyze', { draft: DRAFT });
    expect(analysis.findings.some((f) => /calm down/i.test(f.text))).toBe(true);
    // The newer version's value is left as it was, for when Tact is updated again.
    expect(await storage.getItem('sync:silencedRules')).toEqual({ rules: ['en.tone.calm-down'], v2: true });
    stop();
  });
});

describe('the content script with failing storage', () => {
  it('starts on the page when the settings cannot be read', async () => {
    failReads();
    const ctx = new ContentScriptContext('trust-test');
    const start = vi.fn();
    const stop = vi.fn();
    whileSiteEnabled(ctx, start, stop);
    await vi.waitFor(() => expect(start).toHaveBeenCalled());
    expect(stop).not.toHaveBeenCalled();
    ctx.abort();
  });

  it('throws nothing when its context goes away and the storage API throws', async () => {
    const ctx = new ContentScriptContext('trust-test');
    const start = vi.fn();
    whileSiteEnabled(ctx, start, vi.fn());
    await vi.waitFor(() => expect(start).toHaveBeenCalled());
    // After an update, the old script's browser APIs throw "Extension context invalidated".
    for (const area of [fakeBrowser.storage.sync, fakeBrowser.storage.local]) {
      vi.spyOn(area.onChanged, 'removeListener').mockImplementation(() => {
        throw new Error('Extension context invalidated.');
      });
    }
    vi.spyOn(fakeBrowser.storage.onChanged, 'removeListener').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(() => ctx.abort()).not.toThrow();
    const unwatch = watchSettings(() => {});
    expect(() => unwatch()).not.toThrow();
  });
});
