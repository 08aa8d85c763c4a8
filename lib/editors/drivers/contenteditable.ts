import { betweenUndoCheckpoints, execCommandRung } from '../rungs';
import type { Driver } from './driver';

/**
 * A plain contenteditable (Gmail's compose body, Outlook's Roosterjs, Freshdesk's Froala): execCommand is one
 * undo step, between checkpoints for editors with their own undo snapshots (Roosterjs, Froala); they ignore
 * paste events.
 */
export const contenteditableDriver: Driver = {
  kinds: ['contenteditable'],
  rungs: () => [betweenUndoCheckpoints(execCommandRung)],
};
