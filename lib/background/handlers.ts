import { browser } from 'wxt/browser';
import { analyze } from '../engine/analyze';
import { onMessage } from '../messaging/protocol';
import { validateAnalyzeInput } from '../messaging/validate';
import { BUILTIN_PACKS } from '../packs/builtin';

/** Answers the protocol's messages in the background service worker, only for this extension's own contexts. */
export function registerHandlers(): void {
  onMessage('analyze', (message) => {
    if (message.sender?.id !== browser.runtime.id) throw new Error('analyze: sender is not this extension');
    const checked = validateAnalyzeInput(message.data);
    if (!checked.ok) throw new Error(`analyze: ${checked.error}`);
    return analyze(checked.value, BUILTIN_PACKS);
  });
}
