// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { OwnContext } from '../../../entrypoints/content/ownContext';
import { ACTING_EVENTS, acceptOnlyTrusted } from '../../../lib/page/trustedOnly';

/** The DOM event WXT's context listens for to stop an older copy of the same script. */
const STARTED = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
  .SCRIPT_STARTED_MESSAGE_TYPE;

/** What a page script can send: the announcement of "another" Tact, with an id of its choosing. */
function forgeStart(): void {
  document.dispatchEvent(
    new CustomEvent(STARTED, { detail: { contentScriptName: 'content', messageId: 'forged-by-the-page' } }),
  );
}

describe("the content script's context (#13)", () => {
  it("is not ended by a page's forged start announcement, which ends WXT's own context", () => {
    const wxt = new ContentScriptContext('content');
    const own = new OwnContext('content');
    forgeStart();
    // The control: WXT's context believes a newer Tact started and stops.
    expect(wxt.isValid).toBe(false);
    expect(own.isValid).toBe(true);
    const tick = vi.fn();
    own.setTimeout(tick, 0);
    return new Promise<void>((done) =>
      setTimeout(() => {
        expect(tick).toHaveBeenCalledOnce();
        own.abort();
        done();
      }, 10),
    );
  });

  it('says nothing to the page when it starts', () => {
    const posted = vi.spyOn(window, 'postMessage');
    const dispatched = vi.spyOn(document, 'dispatchEvent');
    const own = new OwnContext('content', { matches: [], noScriptStartedPostMessage: false });
    expect(posted).not.toHaveBeenCalled();
    expect(dispatched).not.toHaveBeenCalled();
    own.abort();
    vi.restoreAllMocks();
  });
});

describe("Tact's UI root accepts only the agent's events (#13)", () => {
  it('stops every untrusted acting event before the element it targets sees it', () => {
    const root = document.createElement('div');
    const button = document.createElement('button');
    root.append(button);
    document.body.append(root);
    const seen: string[] = [];
    for (const type of ACTING_EVENTS) button.addEventListener(type, () => seen.push(type));
    const controller = new AbortController();
    acceptOnlyTrusted(root, controller.signal);
    for (const type of ACTING_EVENTS) {
      const event = new Event(type, { bubbles: true, cancelable: true, composed: true });
      button.dispatchEvent(event);
      expect(event.defaultPrevented, type).toBe(true);
    }
    button.click();
    expect(seen).toEqual([]);
    // With the content script's lifetime over, the guard is gone too (control: events arrive again).
    controller.abort();
    button.click();
    expect(seen).toEqual(['click']);
    root.remove();
  });
});
