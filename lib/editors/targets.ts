import type { WriteTarget } from './ladder';
import { mapText, offsetOf, rangeForOffsets } from './text';

/** Undo through the editor's own keyboard handling first (editors keep their own history), else natively. */
function undo(element: HTMLElement): void {
  const view = (element.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
  const isMac = /Mac/.test(view.navigator.platform);
  const event = new view.KeyboardEvent('keydown', {
    key: 'z',
    code: 'KeyZ',
    keyCode: 90,
    ctrlKey: !isMac,
    metaKey: isMac,
    bubbles: true,
    cancelable: true,
    composed: true,
  } as KeyboardEventInit);
  element.dispatchEvent(event);
  if (!event.defaultPrevented) element.ownerDocument.execCommand('undo');
}

/** A textarea or text input. */
export function fieldTarget(field: HTMLTextAreaElement | HTMLInputElement): WriteTarget {
  return {
    element: field,
    read: () => field.value,
    select(start, end) {
      field.focus();
      field.setSelectionRange(start, end);
    },
    selection() {
      const { selectionStart, selectionEnd } = field;
      return selectionStart === null || selectionEnd === null ? null : { start: selectionStart, end: selectionEnd };
    },
    undo: () => undo(field),
  };
}

/** A contenteditable root, whatever editor renders it. */
export function editableTarget(root: HTMLElement): WriteTarget {
  return {
    element: root,
    read: () => mapText(root).text,
    select(start, end) {
      root.focus({ preventScroll: true });
      const selection = root.ownerDocument.getSelection();
      if (!selection) return;
      const range = rangeForOffsets(mapText(root), start, end);
      selection.removeAllRanges();
      selection.addRange(range);
    },
    selection() {
      const selection = root.ownerDocument.getSelection();
      if (!selection || selection.rangeCount === 0 || !selection.anchorNode || !selection.focusNode) return null;
      const map = mapText(root);
      const a = offsetOf(map, { node: selection.anchorNode, offset: selection.anchorOffset });
      const f = offsetOf(map, { node: selection.focusNode, offset: selection.focusOffset });
      if (a === null || f === null) return null;
      return { start: Math.min(a, f), end: Math.max(a, f) };
    },
    undo: () => undo(root),
  };
}
