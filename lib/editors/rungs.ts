import { callBridge } from './bridge';
import type { Rung, WriteTarget } from './ladder';
import type { EditorKind } from './types';

/** The window that owns an element (TinyMCE's body lives in an iframe's window). */
function viewOf(element: Element): Window & typeof globalThis {
  return (element.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
}

/** Lines as HTML paragraphs, built by escaping (the string only travels in a DataTransfer, never into the DOM). */
export function linesToHtml(text: string): string {
  const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split('\n')
    .map((line) => `<p>${line ? escapeHtml(line) : '<br>'}</p>`)
    .join('');
}

/** The current selection of the box's document as a StaticRange, or null. */
function selectionStaticRange(target: WriteTarget): StaticRange | null {
  const view = viewOf(target.element);
  const selection = target.element.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return new view.StaticRange({
    startContainer: range.startContainer,
    startOffset: range.startOffset,
    endContainer: range.endContainer,
    endOffset: range.endOffset,
  });
}

/**
 * execCommand('insertText') on the selection: one native undo step, a trusted input event (React sees it in
 * fields); ProseMirror, Quill and Lexical read the DOM change back (lexical#354). Empty text uses 'delete'
 * since Firefox ignores an empty insert.
 */
export const execCommandRung: Rung = {
  name: 'execCommand',
  apply(target, plan) {
    const document = target.element.ownerDocument;
    return plan.text ? document.execCommand('insertText', false, plan.text) : document.execCommand('delete');
  },
};

/**
 * A synthetic beforeinput with target ranges and the text in a DataTransfer, for editors that handle
 * beforeinput themselves (Slate, CKEditor 5 ≥ 35.3, Lexical). Without target ranges CKEditor 5 crashed
 * (ckeditor5#12824) and Slate wrote at a stale caret (slate#4579). Taken only when the editor prevents the default.
 */
export const beforeInputRung: Rung = {
  name: 'beforeinput',
  apply(target, plan) {
    const view = viewOf(target.element);
    const range = selectionStaticRange(target);
    if (!range) return false;
    const dataTransfer = new view.DataTransfer();
    dataTransfer.setData('text/plain', plan.text);
    const event = new view.InputEvent('beforeinput', {
      inputType: plan.text ? 'insertReplacementText' : 'deleteContent',
      data: plan.text,
      dataTransfer,
      targetRanges: [range],
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    target.element.dispatchEvent(event);
    return event.defaultPrevented;
  },
};

/** A synthetic paste of the text, dispatched where a real paste would start (the caret's element in the box). */
function paste(target: WriteTarget, text: string, html: boolean): boolean {
  const view = viewOf(target.element);
  const clipboardData = new view.DataTransfer();
  clipboardData.setData('text/plain', text);
  if (html && text.includes('\n')) clipboardData.setData('text/html', linesToHtml(text));
  const anchor = target.element.ownerDocument.getSelection()?.anchorNode;
  const start =
    anchor && target.element.contains(anchor)
      ? anchor.nodeType === 1
        ? (anchor as Element)
        : anchor.parentElement
      : null;
  const event = new view.ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true, composed: true });
  (start ?? target.element).dispatchEvent(event);
  return event.defaultPrevented;
}

/**
 * A synthetic paste carrying text/plain and, for several lines, text/html paragraphs (ProseMirror's plain-text
 * parser merges blank lines): taken by CKEditor 5, ProseMirror, Quill and Slate; plain contenteditables and
 * fields ignore it.
 */
export const pasteRung: Rung = { name: 'paste', apply: (target, plan) => paste(target, plan.text, true) };

/**
 * A synthetic paste of text/plain only: the known-good path into Draft.js, whose HTML import drops empty
 * paragraphs while its plain-text paste keeps every line as a block.
 */
export const plainPasteRung: Rung = { name: 'paste', apply: (target, plan) => paste(target, plan.text, false) };

/**
 * Sets a field's value through the prototype's setter (so React's value tracker sees the change) and fires
 * input. Loses native undo, so it comes after execCommand.
 */
export const setValueRung: Rung = {
  name: 'setValue',
  apply(target, plan) {
    const field = target.element as HTMLInputElement | HTMLTextAreaElement;
    const view = viewOf(field);
    const proto = field.tagName === 'TEXTAREA' ? view.HTMLTextAreaElement.prototype : view.HTMLInputElement.prototype;
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (!setter) return false;
    const value = field.value;
    setter.call(field, value.slice(0, plan.start) + plan.text + value.slice(plan.end));
    field.dispatchEvent(new view.Event('input', { bubbles: true }));
    return true;
  },
};

/** Where the page-world bridge listens for an editor: TinyMCE's iframe element, else the editable root. */
export function bridgeTarget(element: HTMLElement): Element {
  const frame = element.ownerDocument.defaultView?.frameElement;
  return frame ?? element;
}

/**
 * The editor's own API through the page-world bridge (CKEditor 5 model.change, TinyMCE insertContent in an
 * undo transaction, Lexical update): one undo step, and the editor's change handlers and autosave see it.
 */
export function apiRung(kind: 'ckeditor5' | 'tinymce' | 'lexical'): Rung {
  return {
    name: `api:${kind}`,
    apply(target, plan) {
      const response = callBridge(bridgeTarget(target.element), { op: 'insert', kind, text: plan.text, all: plan.all });
      if (response && !response.ok && response.error) throw new Error(response.error);
      return response?.ok ?? false;
    },
  };
}

/** True when the page-world bridge answers for this editor (so its API rung can be tried). */
export function bridgeAvailable(kind: EditorKind, element: HTMLElement): boolean {
  if (kind !== 'ckeditor5' && kind !== 'tinymce' && kind !== 'lexical') return false;
  return callBridge(bridgeTarget(element), { op: 'probe', kind, text: '', all: false })?.ok ?? false;
}

/**
 * The rung for single-line text only: some editors split a multi-line insertText or beforeinput into several
 * edits (CKEditor 5 kept only the first line, pixiebrix-extension#7774; TinyMCE made one undo step per line),
 * so several lines go to the next rung (paste) instead.
 */
export function singleLine(rung: Rung): Rung {
  return {
    name: rung.name,
    apply: (target, plan) => (plan.text.includes('\n') ? false : rung.apply(target, plan)),
  };
}

/**
 * The rung between two undo checkpoints. Editors that keep their own undo stack of snapshots take one only at
 * word boundaries and on keys, so without checkpoints the words typed since the last space (or the write
 * itself) are on no snapshot and one undo would lose typed text. Roosterjs (Outlook) snapshots the content as
 * it is on compositionend (an IME composition ended); Froala (Freshdesk) saves an undo step on a keyup that
 * carries no key. Both are sent before the write and after it; a plain contenteditable has no composition
 * running and no handler for a key that is no key, and ignores them.
 */
export function betweenUndoCheckpoints(rung: Rung): Rung {
  const checkpoint = (element: HTMLElement) => {
    const view = viewOf(element);
    element.dispatchEvent(new view.CompositionEvent('compositionend', { bubbles: true, data: '' }));
    element.dispatchEvent(new view.KeyboardEvent('keyup', { bubbles: true, key: 'Unidentified' }));
  };
  return {
    name: rung.name,
    async apply(target, plan) {
      checkpoint(target.element);
      const applied = await rung.apply(target, plan);
      if (applied) checkpoint(target.element);
      return applied;
    },
  };
}
