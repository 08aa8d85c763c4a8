import { regionBefore, textRegion } from './region';
import { blockText, squash } from './text';
import type { CustomerMessage, DraftRegion, SiteAdapter, SiteLocation } from './types';

/** A site described by selectors: most helpdesks are a list of messages above a reply box. */
export interface SiteSpec {
  id: string;
  /** Hostname test, e.g. /(^|\.)zendesk\.com$/. */
  hosts: RegExp;
  /** Page markers that identify the app on a custom domain (any one matching is enough). */
  markers?: readonly string[];
  /** The reply box root, matched with closest() from the focused editable. */
  replyBox: string;
  /** The conversation container, searched from the reply box outwards. */
  thread: string;
  /** One message of the conversation (oldest first in the DOM, as on every supported site). */
  message: string;
  /** The message's text inside a message element. */
  body: string;
  /** The author's display name inside a message element. */
  author: string;
  /** Whether a message element is from the customer (inbound) rather than the agent team. */
  inbound(message: Element, doc: Document): boolean;
  /** Parts of the reply box that are not the agent's draft: quoted text, signature. */
  exclude?: readonly string[];
  /** Parts of a message body that are not its new text (quoted earlier messages). */
  bodyExclude?: readonly string[];
  /** Markers in a message body after which everything is quoted history (the marker and later siblings go). */
  bodyCut?: readonly string[];
  /** Overrides for the author name (e.g. an attribute instead of the text). */
  authorName?(author: Element): string | null;
  afterWrite?(box: HTMLElement): void;
}

/** The nearest ancestor matching selector, crossing out of shadow roots and same-origin frames. */
export function closestAcross(el: Element, selector: string): Element | null {
  let node: Element | null = el;
  while (node) {
    const found = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    if (root.nodeType === 11 && 'host' in root) node = (root as ShadowRoot).host;
    else node = (node.ownerDocument.defaultView?.frameElement as Element | null) ?? null;
  }
  return null;
}

/** Whether an element is a form field (textarea or input), in any frame's realm. */
export function isField(el: Element): boolean {
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
}

/** A message body's text without the parts given (quoted history), read from a clone so the page is untouched. */
export function messageText(body: Element, exclude: readonly string[], cut: readonly string[] = []): string {
  if (exclude.length === 0 && cut.length === 0) return blockText(body);
  const clone = body.cloneNode(true) as Element;
  for (const sel of cut) {
    const marker = clone.querySelector(sel);
    if (!marker) continue;
    while (marker.nextSibling) marker.nextSibling.remove();
    marker.remove();
  }
  for (const sel of exclude) for (const el of Array.from(clone.querySelectorAll(sel))) el.remove();
  return blockText(clone);
}

/** The thread container for a box: the closest matching ancestor, else the first in the top document. */
function threadFor(box: HTMLElement, spec: SiteSpec): Element | null {
  const near = closestAcross(box, spec.thread);
  if (near) return near;
  const top = box.ownerDocument.defaultView?.top?.document ?? box.ownerDocument;
  try {
    return top.querySelector(spec.thread) ?? box.ownerDocument.querySelector(spec.thread);
  } catch {
    return box.ownerDocument.querySelector(spec.thread);
  }
}

/** Builds a SiteAdapter from a selector description. */
export function defineSite(spec: SiteSpec): SiteAdapter {
  return {
    id: spec.id,
    matches(location: SiteLocation, doc?: Document): boolean {
      if (spec.hosts.test(location.hostname)) return true;
      if (!doc) return false;
      return (spec.markers ?? []).some((marker) => doc.querySelector(marker) !== null);
    },
    replyBox(editable: HTMLElement): HTMLElement | null {
      const root = editable.closest(spec.replyBox);
      return root ? editable : null;
    },
    findThread(box: HTMLElement): Element | null {
      return threadFor(box, spec);
    },
    customerMessage(box: HTMLElement): CustomerMessage | null {
      const thread = threadFor(box, spec);
      if (!thread) return null;
      const messages = Array.from(thread.querySelectorAll(spec.message)).filter((m) => !m.contains(box));
      for (let i = messages.length - 1; i >= 0; i--) {
        const message = messages[i]!;
        if (!spec.inbound(message, thread.ownerDocument)) continue;
        const body = message.querySelector(spec.body);
        const text = body ? messageText(body, spec.bodyExclude ?? [], spec.bodyCut ?? []) : '';
        if (!text) continue;
        const author = message.querySelector(spec.author);
        const name = author ? (spec.authorName?.(author) ?? squash(author.textContent)) : null;
        return { text, name: name || null };
      }
      return null;
    },
    draftRegion(box: HTMLElement, text: string): DraftRegion {
      if (isField(box)) return textRegion(text);
      const excluded = (spec.exclude ?? []).flatMap((sel) => Array.from(box.querySelectorAll(sel)));
      return regionBefore(box, text, excluded);
    },
    afterWrite: spec.afterWrite,
  };
}
