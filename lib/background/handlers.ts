import { onMessage } from '../messaging/protocol';

/** Answers the protocol's messages in the background service worker. */
export function registerHandlers(): void {
  onMessage('analyze', () => {
    throw new Error('engine not wired yet');
  });
}
