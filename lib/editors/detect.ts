import type { EditorKind } from './types';

/** An editor found from an element: its kind and the editable root the agent types into. */
export interface DetectedEditor {
  kind: EditorKind;
  root: HTMLElement;
}

// Fingerprints from public extensions (Harper editorUtils.ts, Briskine editors/): most specific first.
const FINGERPRINTS: ReadonlyArray<readonly [EditorKind, string]> = [
  ['ckeditor5', '.ck-editor__editable'],
  ['lexical', '[data-lexical-editor="true"]'],
  ['slate', '[data-slate-editor="true"]'],
  ['draftjs', '.public-DraftEditor-content'],
  ['prosemirror', '.ProseMirror'],
  ['quill', '.ql-editor'],
];

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', '']);

/** True when the node is an element of any document (iframes have their own HTMLElement). */
function isElement(node: unknown): node is HTMLElement {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

/** The element that really has focus, looking into same-origin iframes and open shadow roots. */
export function deepActiveElement(document: Document = globalThis.document): Element | null {
  let active: Element | null = document.activeElement;
  for (;;) {
    if (active?.shadowRoot?.activeElement) {
      active = active.shadowRoot.activeElement;
      continue;
    }
    if (active && active.tagName === 'IFRAME') {
      try {
        const inner = (active as HTMLIFrameElement).contentDocument;
        if (inner?.activeElement) {
          active = inner.activeElement;
          continue;
        }
      } catch {
        // A cross-origin frame: its own content script handles it.
      }
    }
    return active;
  }
}

/** The outermost contenteditable ancestor of el (itself included), or null. */
function editableRoot(el: Element): HTMLElement | null {
  let found: HTMLElement | null = null;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (!isElement(node)) break;
    const value = node.getAttribute('contenteditable');
    if (value === 'false') break;
    if (value !== null || node.isContentEditable) found = node;
  }
  return found;
}

/**
 * Finds the editor that el belongs to: walks up from el (or from the focused element inside an iframe el) to
 * the editable root and reads its fingerprint. TinyMCE's editable is the body of its iframe (#tinymce).
 */
export function detectEditor(el: Element): DetectedEditor | null {
  let start: Element = el;
  if (el.tagName === 'IFRAME') {
    try {
      const inner = (el as HTMLIFrameElement).contentDocument;
      if (!inner?.body) return null;
      start = inner.activeElement && inner.activeElement !== inner.documentElement ? inner.activeElement : inner.body;
    } catch {
      return null;
    }
  }
  if (!isElement(start)) return null;
  const tag = start.tagName;
  if (tag === 'TEXTAREA') return { kind: 'textarea', root: start };
  if (tag === 'INPUT') {
    const type = (start.getAttribute('type') ?? '').toLowerCase();
    return TEXT_INPUT_TYPES.has(type) ? { kind: 'input', root: start } : null;
  }
  for (const [kind, selector] of FINGERPRINTS) {
    const root = start.closest(selector);
    if (isElement(root) && (root.isContentEditable || root.getAttribute('contenteditable') === 'true')) {
      return { kind, root };
    }
  }
  // Quill marks its container; the editable is its .ql-editor child.
  const quill = start.closest('.ql-container')?.querySelector('.ql-editor');
  if (isElement(quill)) return { kind: 'quill', root: quill };
  const root = editableRoot(start);
  if (!root) return null;
  const body = root.ownerDocument.body;
  if (root === body && (root.id === 'tinymce' || root.classList.contains('mce-content-body'))) {
    return { kind: 'tinymce', root };
  }
  if (root.classList.contains('mce-content-body')) return { kind: 'tinymce', root };
  return { kind: 'contenteditable', root };
}
