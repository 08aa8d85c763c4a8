import { execCommandRung, setValueRung } from '../rungs';
import type { Driver } from './driver';

/** textarea and text inputs: execCommand keeps native undo and React sees its input event; setValue loses undo. */
export const fieldDriver: Driver = { kinds: ['textarea', 'input'], rungs: () => [execCommandRung, setValueRung] };
