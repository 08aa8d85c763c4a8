/** Where the caret was in a reply box, to put it back after Tact's panel had focus. */
export type SavedCaret =
  | { kind: 'field'; start: number; end: number; direction: 'forward' | 'backward' | 'none' }
  | { kind: 'range'; range: Range }
  | null;

/** Saves the caret of a box (a field's selection, or the document selection when it lies inside the box). */
export function saveCaret(el: HTMLElement): SavedCaret {
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') {
    const field = el as HTMLTextAreaElement;
    return {
      kind: 'field',
      start: field.selectionStart ?? 0,
      end: field.selectionEnd ?? 0,
      direction: field.selectionDirection ?? 'none',
    };
  }
  const selection = el.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return el.contains(range.startContainer) ? { kind: 'range', range: range.cloneRange() } : null;
}

/** Focuses the box without scrolling and puts its caret back where it was. */
export function restoreCaret(el: HTMLElement, caret: SavedCaret): void {
  el.focus({ preventScroll: true });
  if (!caret) return;
  if (caret.kind === 'field') {
    const field = el as HTMLTextAreaElement;
    const max = field.value.length;
    field.setSelectionRange(Math.min(caret.start, max), Math.min(caret.end, max), caret.direction);
    return;
  }
  if (!caret.range.startContainer.isConnected) return;
  const selection = el.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(caret.range);
}
