import { browser } from 'wxt/browser';
import { onMessage } from '../messaging/protocol';
import { isOwnSender } from './handlers';

/** The built page-world bridge (entrypoints/editor-bridge.content.ts, registered at run time, not in the manifest). */
export const EDITOR_BRIDGE_FILE = '/content-scripts/editor-bridge.js';

/**
 * Injects the page-world editor bridge when a content script coaches an editor that needs it (CKEditor 5,
 * TinyMCE, Lexical): only that tab's frame gets it, and only then (#13). The browser allows it where Tact has
 * host access (the default hosts and the sites the agent turned on). Returns a function that stops answering.
 */
export function injectEditorBridgeOnRequest(): () => void {
  return onMessage('injectEditorBridge', async ({ data, sender }) => {
    if (!isOwnSender(sender, browser.runtime.id)) throw new Error('injectEditorBridge: sender is not this extension');
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('injectEditorBridge: not sent from a tab');
    const allFrames = typeof data === 'object' && data !== null && data.allFrames === true;
    await browser.scripting.executeScript({
      target: allFrames ? { tabId, allFrames: true } : { tabId, frameIds: [sender.frameId ?? 0] },
      world: 'MAIN',
      files: [EDITOR_BRIDGE_FILE],
    });
    return true;
  });
}
