import { apiRung, beforeInputRung, bridgeAvailable, pasteRung, singleLine } from '../rungs';
import type { Driver } from './driver';

/**
 * CKEditor 5 (Zendesk): its model API through the page-world bridge, then beforeinput (≥ v35.3) for one line,
 * then paste. No execCommand: it took only the first line on Zendesk (pixiebrix-extension#7774); a multi-line
 * beforeinput also kept only the first line here.
 */
export const ckeditor5Driver: Driver = {
  kinds: ['ckeditor5'],
  rungs: (element) => [
    ...(bridgeAvailable('ckeditor5', element) ? [apiRung('ckeditor5')] : []),
    singleLine(beforeInputRung),
    pasteRung,
  ],
};
