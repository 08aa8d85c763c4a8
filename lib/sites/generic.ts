import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { isField } from './declarative';
import { regionBefore, textRegion } from './region';
import { squash } from './text';
import type { CustomerMessage, DraftRegion, SiteAdapter } from './types';

/** The longest customer text sent to the engine from a whole page: the end of an article is the newest part. */
const MAX_PAGE_TEXT = 4000;

/** Text the agent selected outside the reply box: on an unknown page it is the best guess at the customer's words. */
export function selectedText(box: HTMLElement): string | null {
  const selection = box.ownerDocument.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (box.contains(range.commonAncestorContainer)) return null;
  const text = selection.toString().trim();
  return text.length > 0 ? text : null;
}

/** Readability's article text, run on a clone without editable fields or Tact's own UI (README: never the live page). */
export function readableText(doc: Document): CustomerMessage | null {
  if (!isProbablyReaderable(doc)) return null;
  const clone = doc.cloneNode(true) as Document;
  for (const el of Array.from(
    clone.querySelectorAll('textarea, input, [contenteditable], [data-tact-ui], tact-assist'),
  )) {
    el.remove();
  }
  const article = new Readability(clone).parse();
  const text = (article?.textContent ?? '')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
  if (!text) return null;
  const byline = squash(article?.byline);
  return {
    text: text.length > MAX_PAGE_TEXT ? text.slice(text.length - MAX_PAGE_TEXT) : text,
    name: byline && byline.length <= 60 ? byline : null,
  };
}

/** Any page with a text box: the agent's selection, else the page's readable text, is the customer's message. */
export const generic: SiteAdapter = {
  id: 'generic',
  matches: () => true,
  replyBox: (editable) => editable,
  findThread: (box) => box.ownerDocument.querySelector('main, [role="main"], article') ?? box.ownerDocument.body,
  customerMessage(box: HTMLElement): CustomerMessage | null {
    const selected = selectedText(box);
    if (selected) return { text: selected, name: null };
    return readableText(box.ownerDocument);
  },
  draftRegion(box: HTMLElement, text: string): DraftRegion {
    if (isField(box)) return textRegion(text);
    const excluded = Array.from(
      box.querySelectorAll('blockquote, .gmail_quote, [class*="signature" i], [id*="signature" i]'),
    );
    return regionBefore(box, text, excluded);
  },
};
