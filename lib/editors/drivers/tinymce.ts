import { apiRung, bridgeAvailable, execCommandRung, pasteRung, singleLine } from '../rungs';
import type { Driver } from './driver';

/**
 * TinyMCE (its iframe body): insertContent in an undo transaction through the bridge, then execCommand for one
 * line (several lines made one undo step each), then paste.
 */
export const tinymceDriver: Driver = {
  kinds: ['tinymce'],
  rungs: (element) => [
    ...(bridgeAvailable('tinymce', element) ? [apiRung('tinymce')] : []),
    singleLine(execCommandRung),
    pasteRung,
  ],
};
