import { apiRung, bridgeAvailable, execCommandRung, pasteRung } from '../rungs';
import type { Driver } from './driver';

/** TinyMCE (its iframe body): insertContent in an undo transaction through the bridge, then execCommand, then paste. */
export const tinymceDriver: Driver = {
  kinds: ['tinymce'],
  rungs: (element) => [
    ...(bridgeAvailable('tinymce', element) ? [apiRung('tinymce')] : []),
    execCommandRung,
    pasteRung,
  ],
};
