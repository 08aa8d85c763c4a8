import { detectEditor } from '../editors/detect';

/** Attribute on Tact's own UI hosts, so the finder never treats them as reply boxes. */
export const TACT_UI_ATTR = 'data-tact-ui';

/** Smallest box worth coaching: search fields and one-word inputs are smaller. */
const MIN_WIDTH = 120;
const MIN_HEIGHT = 18;
/** Single-line inputs must be wide to be a reply box (chat composers are). */
const MIN_INPUT_WIDTH = 200;

/** The outermost contenteditable element around node (editors nest editable islands). */
export function editableRoot(el: Element): HTMLElement | null {
  let root: HTMLElement | null = null;
  let node: Element | null = el;
  while (node) {
    const html = node as HTMLElement;
    const attr = html.getAttribute?.('contenteditable');
    if (attr === 'false') break;
    if (html.isContentEditable || attr === '' || attr === 'true' || attr === 'plaintext-only') root = html;
    else if (root) break;
    node = node.parentElement;
  }
  return root;
}

/** Whether an element is a field or editable root Tact may coach, ignoring its size and visibility. */
export function isEditableKind(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'TEXTAREA') {
    const area = el as HTMLTextAreaElement;
    return !area.readOnly && !area.disabled;
  }
  if (tag === 'INPUT') {
    const input = el as HTMLInputElement;
    const type = (input.getAttribute('type') ?? 'text').toLowerCase();
    return type === 'text' && !input.readOnly && !input.disabled;
  }
  return editableRoot(el) === el;
}

/** Whether an element is hidden or too small to be a reply box (needs layout, so only in a real page). */
export function isHiddenOrTiny(el: HTMLElement): boolean {
  if (!el.isConnected) return true;
  const view = el.ownerDocument.defaultView;
  const style = view?.getComputedStyle(el);
  if (style && (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse'))
    return true;
  const rect = el.getBoundingClientRect();
  const minWidth = el.tagName === 'INPUT' ? MIN_INPUT_WIDTH : MIN_WIDTH;
  return rect.width < minWidth || rect.height < MIN_HEIGHT;
}

/** Whether the page's site adapter takes an element for its reply box; its word outranks the generic heuristics. */
export type SiteClaim = (el: HTMLElement) => boolean;

const NO_CLAIM: SiteClaim = () => false;

/**
 * Whether an element is a box the agent writes a reply in: a textarea, a text input or an editable root, not
 * hidden, not tiny and not Tact's own UI. Unless the site adapter claims it as its reply box (Gmail sets
 * spellcheck=false on its message body and runs its own spelling, #14), it must also not be a combobox
 * (search/autocomplete, as Harper skips) and not spellcheck=false (code and address fields) unless a rich-text
 * editor set it (Draft.js and TinyMCE turn spell checking off by default).
 */
export function isCandidateField(el: Element, claimed: SiteClaim = NO_CLAIM): el is HTMLElement {
  if (!isEditableKind(el)) return false;
  const html = el as HTMLElement;
  if (html.getAttribute('aria-hidden') === 'true' || html.closest('[hidden]')) return false;
  if (html.closest(`[${TACT_UI_ATTR}]`)) return false;
  if (isHiddenOrTiny(html)) return false;
  if (claimed(html)) return true;
  if (html.getAttribute('role') === 'combobox' || html.getAttribute('aria-autocomplete') === 'list') return false;
  return html.getAttribute('spellcheck') !== 'false' || isRichEditor(html);
}

/** Whether the element is the editable root of a known rich-text editor (not a plain field or contenteditable). */
function isRichEditor(el: HTMLElement): boolean {
  const kind = detectEditor(el)?.kind;
  return kind !== undefined && kind !== 'textarea' && kind !== 'input' && kind !== 'contenteditable';
}

/** The reply box an event happened in: the first candidate on its composed path (open shadow roots included). */
export function candidateFromEvent(event: Event, claimed: SiteClaim = NO_CLAIM): HTMLElement | null {
  for (const target of event.composedPath()) {
    if (!(target as Node).nodeType || (target as Node).nodeType !== 1) continue;
    const el = target as Element;
    if (el.hasAttribute(TACT_UI_ATTR)) return null;
    const root = el.tagName === 'TEXTAREA' || el.tagName === 'INPUT' ? el : editableRoot(el);
    if (root && isCandidateField(root, claimed)) return root as HTMLElement;
  }
  return null;
}

/** The document of a same-origin iframe, or null when it is cross-origin or not loaded. */
export function frameDocument(frame: HTMLIFrameElement | HTMLFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/** Every document reachable from doc through same-origin iframes (doc first). */
export function reachableDocuments(doc: Document): Document[] {
  const out: Document[] = [doc];
  for (let i = 0; i < out.length; i++) {
    for (const frame of Array.from(out[i]!.querySelectorAll('iframe, frame'))) {
      const inner = frameDocument(frame as HTMLIFrameElement);
      if (inner && !out.includes(inner)) out.push(inner);
    }
  }
  return out;
}

/** Open shadow roots under root, found by walking elements (closed roots are invisible by design). */
function openShadowRoots(root: Document | ShadowRoot): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const walk = (scope: Document | ShadowRoot) => {
    for (const el of Array.from(scope.querySelectorAll('*'))) {
      const shadow = (el as HTMLElement).shadowRoot;
      if (shadow && !el.hasAttribute(TACT_UI_ATTR)) {
        out.push(shadow);
        walk(shadow);
      }
    }
  };
  walk(root);
  return out;
}

const FIELD_SELECTOR = 'textarea, input, [contenteditable]:not([contenteditable="false"])';

/** Every reply box candidate in a document, its open shadow roots and its same-origin iframes. */
export function findReplyBoxes(doc: Document): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const d of reachableDocuments(doc)) {
    for (const scope of [d, ...openShadowRoots(d)]) {
      for (const el of Array.from(scope.querySelectorAll(FIELD_SELECTOR))) {
        if (isCandidateField(el) && !found.includes(el)) found.push(el);
      }
    }
  }
  return found;
}

/** The element that has focus, looking inside open shadow roots and same-origin iframes. */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  for (;;) {
    if (!active) return null;
    const shadow = (active as HTMLElement).shadowRoot;
    if (shadow?.activeElement) {
      active = shadow.activeElement;
      continue;
    }
    if (active.tagName === 'IFRAME' || active.tagName === 'FRAME') {
      const inner = frameDocument(active as HTMLIFrameElement);
      if (inner?.activeElement && inner.activeElement !== inner.body) {
        active = inner.activeElement;
        continue;
      }
      // A focused iframe whose body is editable (TinyMCE's iframe mode) is itself the box.
      if (inner?.body?.isContentEditable) return inner.body;
    }
    return active;
  }
}
