import { browser } from 'wxt/browser';
import { analyze } from '../engine/analyze';
import { onMessage } from '../messaging/protocol';
import { validateAnalyzeInput } from '../messaging/validate';
import { BUILTIN_PACKS } from '../packs/builtin';

/**
 * True unless the message names another extension as its sender. Browsers deliver runtime messages only from
 * this extension's own pages and content scripts; the check keeps it so if a page ever gets a way in.
 */
export function isOwnSender(sender: { id?: string } | undefined, ownId: string): boolean {
  return sender?.id === undefined || sender.id === ownId;
}

/** Answers the protocol's messages in the background service worker. */
export function registerHandlers(): void {
  onMessage('analyze', (message) => {
    if (!isOwnSender(message.sender, browser.runtime.id)) throw new Error('analyze: sender is not this extension');
    const checked = validateAnalyzeInput(message.data);
    if (!checked.ok) throw new Error(`analyze: ${checked.error}`);
    return analyze(checked.value, BUILTIN_PACKS);
  });
}
