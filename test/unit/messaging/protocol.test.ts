import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMessage, sendMessage } from '../../../lib/messaging/protocol';

/** A message in the protocol's envelope with any type, as a hostile or broken sender would send it. */
async function sendRaw(type: string, data: unknown): Promise<unknown> {
  return browser.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() });
}

describe('protocol messaging', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('answers its own types and stays silent on types named like Object.prototype methods', async () => {
    const stop = onMessage('getReplyState', () => null);
    for (const type of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__']) {
      // No handler answers: the fake browser resolves an unanswered message with undefined.
      await expect(sendRaw(type, { draft: 'hello' }), type).resolves.toBeUndefined();
    }
    await expect(sendMessage('getReplyState', undefined)).resolves.toBeNull();
    stop();
  });

  it("turns a handler's error into a rejection with its message, and ignores what is not an envelope", async () => {
    const stop = onMessage('analyze', () => {
      throw new Error('analyze: draft is too long');
    });
    await expect(sendMessage('analyze', { draft: 'x' })).rejects.toThrow('analyze: draft is too long');
    await expect(browser.runtime.sendMessage({ type: 'analyze', data: { draft: 'x' } })).resolves.toBeUndefined();
    await expect(browser.runtime.sendMessage('analyze')).resolves.toBeUndefined();
    stop();
  });

  it('allows one handler per type and stops listening when the last one is removed', async () => {
    const stopA = onMessage('getReplyState', () => null);
    expect(() => onMessage('getReplyState', () => null)).toThrow(/one listener/);
    const stopB = onMessage('replaceDraft', ({ data }) => ({ ok: true, method: 'value', text: data }) as never);
    stopA();
    stopA();
    await expect(sendMessage('replaceDraft', 'new text')).resolves.toMatchObject({ ok: true });
    stopB();
    // Nothing listens now: the message is not delivered at all.
    await expect(sendMessage('getReplyState', undefined)).rejects.toThrow();
    const again = onMessage('getReplyState', () => null);
    await expect(sendMessage('getReplyState', undefined)).resolves.toBeNull();
    again();
  });
});
