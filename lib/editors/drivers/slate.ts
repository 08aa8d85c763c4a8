import { beforeInputRung, pasteRung } from '../rungs';
import type { Driver } from './driver';

/** Slate: handles beforeinput itself (with target ranges, slate#4579), then its paste handler. */
export const slateDriver: Driver = { kinds: ['slate'], rungs: () => [beforeInputRung, pasteRung] };
