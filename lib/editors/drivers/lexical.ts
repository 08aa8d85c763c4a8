import { apiRung, beforeInputRung, bridgeAvailable, execCommandRung, pasteRung } from '../rungs';
import type { Driver } from './driver';

/**
 * Lexical: its editor through the page-world bridge, then beforeinput, then execCommand (applied after the
 * current task, so the ladder's read-back waits rather than retries), then paste.
 */
export const lexicalDriver: Driver = {
  kinds: ['lexical'],
  rungs: (element) => [
    ...(bridgeAvailable('lexical', element) ? [apiRung('lexical')] : []),
    beforeInputRung,
    execCommandRung,
    pasteRung,
  ],
};
