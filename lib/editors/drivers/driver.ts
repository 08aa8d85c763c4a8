import type { Rung } from '../ladder';
import type { EditorKind } from '../types';

/** How to write into one kind of editor: the rungs of its ladder, in order. */
export interface Driver {
  kinds: readonly EditorKind[];
  /** The rungs for this element (the API rung only when the page-world bridge answers). */
  rungs(element: HTMLElement): Rung[];
}
