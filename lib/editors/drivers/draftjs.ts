import { plainPasteRung } from '../rungs';
import type { Driver } from './driver';

/** Draft.js: execCommand duplicates or corrupts its state (draft-js#36, #616); a synthetic plain-text paste is the known-good path. */
export const draftjsDriver: Driver = { kinds: ['draftjs'], rungs: () => [plainPasteRung] };
