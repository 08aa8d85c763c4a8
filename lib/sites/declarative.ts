import { regionBefore, textRegion } from './region';
import { blockText, squash } from './text';
import type { Alternatives, CustomerMessage, DraftRegion, SiteAdapter, SiteLocation } from './types';

/**
 * A site described by selectors: most helpdesks are a list of messages above a reply box. Every selector list
 * is ordered alternatives, the app's current layout first and older layouts after; each adapter names where
 * each selector was seen (or says it is unverified).
 */
export interface SiteSpec {
  id: string;
  /** Hostname test, e.g. /(^|\.)zendesk\.com$/. */
  hosts: RegExp;
  /** Page markers that identify the app on a custom domain (any one matching is enough). */
  markers?: Alternatives;
  /** The reply box root, matched with closest() from the focused editable. */
  replyBox: Alternatives;
  /** What the focused editable itself must match inside the reply box (Outlook's To/Cc are editables too). */
  editable?: Alternatives;
  /** Fields that are clearly not the reply on this site (one-line fields and comboboxes always are). */
  notReply?: Alternatives;
  /**
   * The pane, tab or frame holding one conversation with its reply box. With several conversations mounted
   * (Zendesk keeps every open ticket; #14) the thread and the customer come from the pane around the box only.
   */
  pane?: Alternatives;
  /** Containers whose reply box stands alone, without its thread on the page (a pop-out compose). */
  standalone?: Alternatives;
  /** The conversation container, searched from the reply box outwards. */
  thread: Alternatives;
  /** One message of the conversation (oldest first in the DOM, as on every supported site). */
  message: Alternatives;
  /** The message's text inside a message element (`:scope`: the message element itself). */
  body: Alternatives;
  /** The author's display name inside a message element. */
  author: Alternatives;
  /** Whether a message element is from the customer (inbound); scope is the box's pane (or its document). */
  inbound(message: Element, scope: ParentNode): boolean;
  /** The messages of a thread when no one selector finds them (Outlook); default: the `message` selectors. */
  messages?(thread: Element): Element[];
  /** The message being answered, read from the reply box itself when the thread is not on the page. */
  quoted?(box: HTMLElement): CustomerMessage | null;
  /** Parts of the reply box that are not the agent's draft: quoted text, signature. */
  exclude?: Alternatives;
  /** Parts of a message body that are not its new text (quoted earlier messages). */
  bodyExclude?: Alternatives;
  /** Markers in a message body after which everything is quoted history (the marker and later siblings go). */
  bodyCut?: Alternatives;
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

/** The ancestor matching the first alternative that matches any (current layout before older ones). */
export function closestOf(el: Element, alternatives: Alternatives): Element | null {
  for (const selector of alternatives) {
    const found = closestAcross(el, selector);
    if (found) return found;
  }
  return null;
}

/** The first element found by the first alternative that finds any. */
export function queryFirst(root: ParentNode, alternatives: Alternatives): Element | null {
  for (const selector of alternatives) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** Every element found by the first alternative that finds any (layouts are not mixed in one list). */
export function queryAll(root: ParentNode, alternatives: Alternatives): Element[] {
  for (const selector of alternatives) {
    const found = Array.from(root.querySelectorAll(selector));
    if (found.length > 0) return found;
  }
  return [];
}

/** Whether an element is a form field (textarea or input), in any frame's realm. */
export function isField(el: Element): boolean {
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
}

/**
 * Whether an element is shown: no ancestor is hidden by attribute or style. Apps keep inactive tabs mounted and
 * hide them (Zendesk's open tickets, Gmail's earlier views), so a thread found outside the box's pane counts
 * only when it is the one shown.
 */
export function isShown(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return false;
    const style = (node as HTMLElement).style;
    if (style?.display === 'none' || style?.visibility === 'hidden') return false;
    const computed = view?.getComputedStyle?.(node);
    if (computed && (computed.display === 'none' || computed.visibility === 'hidden')) return false;
  }
  return true;
}

/** A message body's text without the parts given (quoted history), read from a clone so the page is untouched. */
export function messageText(body: Element, exclude: Alternatives, cut: Alternatives = []): string {
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

/** The top document reachable from a box (its own when a cross-origin parent hides the top). */
function topDocument(box: HTMLElement): Document {
  try {
    return box.ownerDocument.defaultView?.top?.document ?? box.ownerDocument;
  } catch {
    return box.ownerDocument;
  }
}

/** Where one conversation lives for a reply box: its thread (if on the page) and the scope to read names in. */
export interface ConversationScope {
  thread: Element | null;
  /** The pane around the box, or its document: the customer's name is looked up here and nowhere wider. */
  scope: ParentNode;
}

/**
 * The thread for a box: the closest thread around it; else the thread inside the box's pane; else, when the
 * box is in no known pane, the document's one shown thread (never one of several: that could be another
 * conversation's). A standalone compose (pop-out) has no thread on the page.
 */
export function conversationOf(box: HTMLElement, spec: SiteSpec): ConversationScope {
  const alone = spec.standalone ? closestOf(box, spec.standalone) : null;
  if (alone) return { thread: null, scope: alone };
  const pane = spec.pane ? closestOf(box, spec.pane) : null;
  const near = closestOf(box, spec.thread);
  if (near) return { thread: near, scope: pane ?? near.ownerDocument };
  if (pane) {
    const inPane = queryAll(pane, spec.thread).filter((t) => !t.contains(box));
    return { thread: inPane[0] ?? null, scope: pane };
  }
  const doc = topDocument(box);
  const shown = [doc, box.ownerDocument]
    .filter((d, i, all) => all.indexOf(d) === i)
    .flatMap((d) => queryAll(d, spec.thread))
    .filter(isShown);
  return { thread: shown.length === 1 ? shown[0]! : null, scope: box.ownerDocument };
}

/** Whether a reply box of this spec is on the page: a box container holding an editable it would take. */
function replyBoxIn(doc: Document, spec: SiteSpec): boolean {
  const editables = '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"], textarea';
  for (const selector of spec.replyBox) {
    for (const root of Array.from(doc.querySelectorAll(selector))) {
      const inside = [root, ...Array.from(root.querySelectorAll(editables))].filter((el) => el.matches(editables));
      if (inside.some((el) => !spec.editable || spec.editable.some((s) => el.matches(s)))) return true;
    }
  }
  return false;
}

/** Builds a SiteAdapter from a selector description. */
export function defineSite(spec: SiteSpec): SiteAdapter {
  const messagesOf = (thread: Element): Element[] =>
    spec.messages ? spec.messages(thread) : queryAll(thread, spec.message);
  return {
    id: spec.id,
    matches(location: SiteLocation, doc?: Document): boolean {
      if (spec.hosts.test(location.hostname)) return true;
      if (!doc) return false;
      return (spec.markers ?? []).some((marker) => doc.querySelector(marker) !== null);
    },
    replyBox(editable: HTMLElement): HTMLElement | null {
      if (!closestOf(editable, spec.replyBox)) return null;
      if (spec.editable && !spec.editable.some((s) => editable.matches(s))) return null;
      return editable;
    },
    hasReplyBox(doc: Document): boolean {
      const top = (() => {
        try {
          return doc.defaultView?.top?.document ?? doc;
        } catch {
          return doc;
        }
      })();
      return replyBoxIn(doc, spec) || (top !== doc && replyBoxIn(top, spec));
    },
    notReply(el: HTMLElement): boolean {
      return (spec.notReply ?? []).some((s) => el.matches(s));
    },
    findThread(box: HTMLElement): Element | null {
      return conversationOf(box, spec).thread;
    },
    customerMessage(box: HTMLElement): CustomerMessage | null {
      const { thread, scope } = conversationOf(box, spec);
      if (!thread) return spec.quoted?.(box) ?? null;
      const messages = messagesOf(thread).filter((m) => !m.contains(box) && !box.contains(m));
      for (let i = messages.length - 1; i >= 0; i--) {
        const message = messages[i]!;
        if (!spec.inbound(message, scope)) continue;
        const body = spec.body.includes(':scope')
          ? (queryFirst(
              message,
              spec.body.filter((s) => s !== ':scope'),
            ) ?? message)
          : queryFirst(message, spec.body);
        const text = body ? messageText(body, spec.bodyExclude ?? [], spec.bodyCut ?? []) : '';
        if (!text) continue;
        const author = queryFirst(message, spec.author);
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
