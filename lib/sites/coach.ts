import { generic, readableText, selectedText } from './generic';
import { adapterFor } from './registry';
import type { CustomerMessage, Fallback, MessageSource, SiteAdapter, SiteHealth, SiteLocation } from './types';

export type { Fallback, MessageSource, SiteHealth } from './types';

/** The adapter that coaches a focused box, and the box. */
export interface Coaching {
  /** The adapter for the box itself: its draft region and write quirks. */
  adapter: SiteAdapter;
  /** The adapter that reads the conversation: the site's own even when its reply-box selectors are out of date. */
  reader: SiteAdapter;
  box: HTMLElement;
  /** The page's own site adapter id ('generic' on a page no adapter knows). */
  site: string;
  fallback: Fallback | null;
}

/** What Tact reads for a coached box: the customer's message and how it was found. */
export interface Reading {
  customer: CustomerMessage | null;
  source: MessageSource | null;
  health: SiteHealth;
}

/** Comboboxes and autocompletes: search and address fields on every supported site. */
function isCombobox(el: HTMLElement): boolean {
  const auto = el.getAttribute('aria-autocomplete');
  return el.getAttribute('role') === 'combobox' || auto === 'list' || auto === 'both';
}

/**
 * Whether a field is clearly not the reply on a known site: a one-line input (search, To/Cc, subject on every
 * supported app), a combobox, a single-line textbox, anything in a search landmark, or what the adapter lists.
 */
export function isClearlyNotReply(el: HTMLElement, site: SiteAdapter): boolean {
  if (el.tagName === 'INPUT' || isCombobox(el)) return true;
  if (el.getAttribute('aria-multiline') === 'false') return true;
  if (el.closest('[role="search"], search')) return true;
  return site.notReply?.(el) ?? false;
}

/** The page's site adapter (generic when none knows it). */
function siteOf(location: SiteLocation, doc: Document): SiteAdapter {
  return adapterFor(location, doc);
}

/**
 * Whether the page's site adapter vouches for a box, so the generic candidate filters (spellcheck=false, #14)
 * do not drop it: the adapter takes it for its reply box, or the adapter is out of date (its reply box is
 * nowhere on the page) and the box is a multi-line one.
 */
export function siteVouches(location: SiteLocation, doc: Document, el: HTMLElement): boolean {
  const site = siteOf(location, doc);
  if (site === generic) return false;
  if (site.replyBox(el)) return true;
  return !isClearlyNotReply(el, site) && !(site.hasReplyBox?.(el.ownerDocument) ?? true);
}

/**
 * The adapter that coaches a focused box, or null to stay out. Never silent on a supported site (#14): the
 * site's adapter when it takes the box; else the generic adapter, except for a field that is clearly not the
 * reply on a page where the site's reply box is found (that page is as the adapter knows it).
 */
export function coachingFor(location: SiteLocation, doc: Document, editable: HTMLElement): Coaching | null {
  const site = siteOf(location, doc);
  if (site === generic) return { adapter: generic, reader: generic, box: editable, site: generic.id, fallback: null };
  const box = site.replyBox(editable);
  if (box) return { adapter: site, reader: site, box, site: site.id, fallback: null };
  const outdated = !(site.hasReplyBox?.(editable.ownerDocument) ?? true);
  if (!outdated && isClearlyNotReply(editable, site)) return null;
  return {
    adapter: generic,
    reader: site,
    box: editable,
    site: site.id,
    fallback: outdated ? 'outdated' : 'other-box',
  };
}

/**
 * The customer's message for a coached box: the site adapter's thread first; when the thread or the message is
 * not found, the agent's selection (on every site), then the page's readable text.
 */
export function readConversation(coaching: Coaching): Reading {
  const { adapter, reader, box } = coaching;
  const onSite = reader !== generic;
  let thread = false;
  let customer: CustomerMessage | null = null;
  let source: MessageSource | null = null;
  if (onSite) {
    try {
      thread = reader.findThread(box) !== null;
      customer = reader.customerMessage(box);
      if (customer) thread = true;
    } catch {
      customer = null; // A changed page layout must never break typing.
    }
    if (customer) source = 'thread';
  }
  if (!customer) {
    const selected = selectedText(box);
    if (selected) {
      customer = { text: selected, name: null };
      source = 'selection';
    }
  }
  if (!customer) {
    try {
      customer = readableText(box.ownerDocument);
    } catch {
      customer = null;
    }
    if (customer) source = 'page';
  }
  return {
    customer,
    source,
    health: {
      site: coaching.site,
      adapter: adapter.id,
      fallback: coaching.fallback,
      box: adapter !== generic || coaching.site === generic.id,
      thread,
      customer: customer !== null,
      name: Boolean(customer?.name),
      source,
    },
  };
}

/** The readout in one line (demo output, logs): adapter, fallback, and each part found (✓) or not (✗). */
export function healthLine(health: SiteHealth): string {
  const mark = (found: boolean) => (found ? '✓' : '✗');
  const via = health.adapter === health.site ? health.adapter : `${health.adapter} on ${health.site}`;
  const why = health.fallback ? ` (${health.fallback})` : '';
  return (
    `adapter ${via}${why} · box ${mark(health.box)} · thread ${mark(health.thread)} · ` +
    `customer message ${mark(health.customer)}${health.source ? ` [${health.source}]` : ''} · name ${mark(health.name)}`
  );
}
