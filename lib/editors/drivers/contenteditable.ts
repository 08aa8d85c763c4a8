import { execCommandRung } from '../rungs';
import type { Driver } from './driver';

/** A plain contenteditable (Gmail's compose body): execCommand is one native undo step; it ignores paste events. */
export const contenteditableDriver: Driver = { kinds: ['contenteditable'], rungs: () => [execCommandRung] };
