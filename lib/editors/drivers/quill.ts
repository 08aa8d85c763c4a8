import { execCommandRung, pasteRung } from '../rungs';
import type { Driver } from './driver';

/** Quill: its MutationObserver turns execCommand's change into a 'user' delta; its paste handler is the fallback. */
export const quillDriver: Driver = { kinds: ['quill'], rungs: () => [execCommandRung, pasteRung] };
