import type { EditorHandle } from '../editors/types';
import { TACT_UI_ATTR } from './candidates';
import { type Box, rectInTop, shiftToTop } from './position';

/** A span to highlight, as UTF-16 offsets into the editor's readText(). */
export interface HighlightSpan {
  start: number;
  end: number;
  /** The text expected there; a span whose text moved (the agent typed before it) is not drawn. */
  text?: string;
}

/** Name of the highlight in the CSS highlight registry (styled by the page-level rule below). */
export const HIGHLIGHT_NAME = 'tact-finding';
/** The rule that draws the highlight: it must live in the editor's own document to apply to its ranges. */
const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) { background-color: rgba(245, 159, 0, 0.22); text-decoration: underline wavy rgb(232, 89, 12); text-decoration-thickness: 1.5px; text-underline-offset: 3px; }`;

/** The CSS Custom Highlight API of a window, when the browser has it. */
interface HighlightApi {
  registry: { set(name: string, h: unknown): void; delete(name: string): void };
  make(...ranges: Range[]): unknown;
}

/** The highlight API of an element's window (each frame has its own registry). */
function highlightApi(el: Element): HighlightApi | null {
  const view = el.ownerDocument.defaultView as
    | (Window & { CSS?: { highlights?: HighlightApi['registry'] }; Highlight?: new (...r: Range[]) => unknown })
    | null;
  const registry = view?.CSS?.highlights;
  const Ctor = view?.Highlight;
  if (!registry || !Ctor) return null;
  return { registry, make: (...ranges) => new Ctor(...ranges) };
}

/** Style properties a mirror copies so that its text wraps exactly like the field's. */
const MIRRORED = [
  'boxSizing',
  'width',
  'height',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderStyle',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontVariant',
  'fontStretch',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'textIndent',
  'textTransform',
  'tabSize',
  'direction',
  'overflowWrap',
  'wordBreak',
] as const;

/**
 * Rectangles (in the field's frame viewport) of text offsets in a textarea or input, measured on a hidden
 * mirror element with the same font and wrapping: fields have no DOM ranges to measure.
 */
export function fieldRects(
  field: HTMLTextAreaElement | HTMLInputElement,
  spans: readonly HighlightSpan[],
): DOMRect[][] {
  const doc = field.ownerDocument;
  const view = doc.defaultView;
  if (!view) return spans.map(() => []);
  const style = view.getComputedStyle(field);
  const mirror = doc.createElement('div');
  mirror.setAttribute(TACT_UI_ATTR, 'mirror');
  for (const prop of MIRRORED) mirror.style[prop] = style[prop];
  const fieldRect = field.getBoundingClientRect();
  Object.assign(mirror.style, {
    position: 'fixed',
    left: `${fieldRect.left}px`,
    top: `${fieldRect.top}px`,
    visibility: 'hidden',
    overflow: 'hidden',
    whiteSpace: field.tagName === 'INPUT' ? 'pre' : 'pre-wrap',
    pointerEvents: 'none',
  });
  const text = field.value;
  const marks: HTMLSpanElement[] = [];
  let at = 0;
  const sorted = spans.map((s, i) => ({ ...s, i })).sort((a, b) => a.start - b.start);
  const bySpan: HTMLSpanElement[] = [];
  for (const s of sorted) {
    if (s.start < at) continue;
    mirror.append(doc.createTextNode(text.slice(at, s.start)));
    const mark = doc.createElement('span');
    mark.textContent = text.slice(s.start, s.end);
    mirror.append(mark);
    marks.push(mark);
    bySpan[s.i] = mark;
    at = s.end;
  }
  mirror.append(doc.createTextNode(`${text.slice(at)}\u200b`));
  doc.documentElement.append(mirror);
  const dx = -field.scrollLeft;
  const dy = -field.scrollTop;
  const out = spans.map((_, i) => {
    const mark = bySpan[i];
    if (!mark) return [];
    return Array.from(mark.getClientRects()).map((r) => new DOMRect(r.left + dx, r.top + dy, r.width, r.height));
  });
  mirror.remove();
  return out;
}

/** Draws findings in a reply box without touching the editor's DOM. */
export class Highlighter {
  private spans: HighlightSpan[] = [];
  private handle: EditorHandle | null = null;
  private styled = new WeakSet<Document>();
  /** The current spans are drawn by the overlay (not the highlight registry), so they move by hand. */
  private overlay = false;

  /** layer: an element in Tact's shadow root for the overlay fallback; top: the window it is drawn in. */
  constructor(
    private readonly layer: HTMLElement | null,
    private readonly top: Window,
  ) {}

  /** Highlights spans of the handle's text (CSS Custom Highlight API when possible, an overlay otherwise). */
  show(handle: EditorHandle, spans: readonly HighlightSpan[]): void {
    this.clear();
    this.handle = handle;
    this.spans = spans.filter((s) => s.end > s.start);
    const el = handle.element;
    const api = highlightApi(el);
    const isField = el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
    if (api && !isField) {
      const ranges = this.spans.map((s) => handle.rangeFor(s.start, s.end)).filter((r): r is Range => r !== null);
      if (ranges.length === this.spans.length) {
        this.ensureStyle(el.ownerDocument);
        api.registry.set(HIGHLIGHT_NAME, api.make(...ranges));
        return;
      }
    }
    this.overlay = true;
    this.drawOverlay();
  }

  /** Redraws the overlay after scrolling, resizing or typing (the CSS highlights follow the text by themselves). */
  reposition(): void {
    if (this.overlay) this.drawOverlay();
  }

  /** Removes every highlight and overlay mark. */
  clear(): void {
    if (this.handle) highlightApi(this.handle.element)?.registry.delete(HIGHLIGHT_NAME);
    this.layer?.replaceChildren();
    this.handle = null;
    this.spans = [];
    this.overlay = false;
  }

  private ensureStyle(doc: Document): void {
    if (this.styled.has(doc)) return;
    const style = doc.createElement('style');
    style.setAttribute(TACT_UI_ATTR, 'highlight');
    style.textContent = HIGHLIGHT_CSS;
    (doc.head ?? doc.documentElement).append(style);
    this.styled.add(doc);
  }

  private drawOverlay(): void {
    const { handle, layer } = this;
    if (!handle || !layer) return;
    const el = handle.element;
    const clip = rectInTop(el, this.top);
    const rects: Box[] = [];
    // Until the next analysis arrives, offsets may point at moved text: draw only the spans still in place.
    const text = handle.readText();
    const spans = this.spans.filter((s) => s.text === undefined || text.slice(s.start, s.end) === s.text);
    if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') {
      for (const list of fieldRects(el as HTMLTextAreaElement, spans)) {
        for (const r of list) rects.push(shiftToTop(el, r, this.top));
      }
    } else {
      for (const s of spans) {
        const range = handle.rangeFor(s.start, s.end);
        for (const r of Array.from(range?.getClientRects() ?? [])) rects.push(shiftToTop(el, r, this.top));
      }
    }
    const doc = layer.ownerDocument;
    const marks = rects.flatMap((r) => {
      const left = Math.max(r.left, clip.left);
      const right = Math.min(r.left + r.width, clip.left + clip.width);
      const top = Math.max(r.top, clip.top);
      const bottom = Math.min(r.top + r.height, clip.top + clip.height);
      if (right <= left || bottom <= top) return [];
      const mark = doc.createElement('div');
      mark.className = 'tact-mark';
      Object.assign(mark.style, {
        left: `${left}px`,
        top: `${top}px`,
        width: `${right - left}px`,
        height: `${bottom - top}px`,
      });
      return [mark];
    });
    layer.replaceChildren(...marks);
  }
}
