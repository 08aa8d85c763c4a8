import { execCommandRung, pasteRung } from '../rungs';
import type { Driver } from './driver';

/** ProseMirror/TipTap: reads execCommand's DOM change back into a transaction; its paste handler is the fallback. */
export const prosemirrorDriver: Driver = { kinds: ['prosemirror'], rungs: () => [execCommandRung, pasteRung] };
