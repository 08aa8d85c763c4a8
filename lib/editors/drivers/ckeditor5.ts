import { apiRung, beforeInputRung, bridgeAvailable, pasteRung } from '../rungs';
import type { Driver } from './driver';

/**
 * CKEditor 5 (Zendesk): its model API through the page-world bridge, then beforeinput (≥ v35.3), then paste.
 * No execCommand: it took only the first line on Zendesk (pixiebrix-extension#7774).
 */
export const ckeditor5Driver: Driver = {
  kinds: ['ckeditor5'],
  rungs: (element) => [
    ...(bridgeAvailable('ckeditor5', element) ? [apiRung('ckeditor5')] : []),
    beforeInputRung,
    pasteRung,
  ],
};
