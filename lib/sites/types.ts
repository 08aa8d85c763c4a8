/** Where in the reply box's text the agent's own draft lies (UTF-16 offsets into the box's text). */
export interface DraftRegion {
  start: number;
  end: number;
}

/** The customer's latest message in the thread and who wrote it. */
export interface CustomerMessage {
  text: string;
  /** The customer's display name, when the page shows one. */
  name: string | null;
}

/** The page facts an adapter looks at: the hostname first, then markers for custom domains. */
export interface SiteLocation {
  hostname: string;
}

/** Selectors tried in order: the app's current layout first, older layouts after. */
export type Alternatives = readonly string[];

/** Knows one site's page structure: where the reply box and the thread are. Reads only; never writes text. */
export interface SiteAdapter {
  /** Stable id, e.g. 'gmail'; also sent to the engine as `site`. */
  id: string;
  /** Whether this adapter handles the page: by hostname, or (when doc is given) by page markers for custom domains. */
  matches(location: SiteLocation, doc?: Document): boolean;
  /** The reply box root for an editable element the agent focused, or null when it is not a reply box here. */
  replyBox(editable: HTMLElement): HTMLElement | null;
  /**
   * Whether the page shows this adapter's reply box anywhere. False on a known site means the app's layout changed
   * under the adapter: the focused box is then coached by the generic adapter (#14).
   */
  hasReplyBox?(doc: Document): boolean;
  /** Whether a field is clearly not the reply on this site (search, To/Cc, subject). */
  notReply?(el: HTMLElement): boolean;
  /** The element holding the conversation the reply box answers, when found. */
  findThread(box: HTMLElement): Element | null;
  /** The last inbound (customer's) message of the thread and its author's name. */
  customerMessage(box: HTMLElement): CustomerMessage | null;
  /** The agent's draft inside the box's text, without quoted text and signature. */
  draftRegion(box: HTMLElement, text: string): DraftRegion;
  /** A site quirk to run after Tact wrote into the box (e.g. nudge Gmail to save the draft). */
  afterWrite?(box: HTMLElement): void;
}

/** Why the generic adapter coaches a box on a known site. */
export type Fallback =
  /** The site's reply-box selectors match nothing on the page: the app changed, the adapter is out of date. */
  | 'outdated'
  /** The page has the site's reply box, and the agent is writing in another box (a note, a form). */
  | 'other-box';

/** Where the customer's message came from. */
export type MessageSource = 'thread' | 'selection' | 'page';

/** Which of the coaching adapter's parts were found for this box: the selector-health readout (#14). */
export interface SiteHealth {
  site: string;
  adapter: string;
  fallback: Fallback | null;
  /** The site's reply-box selectors took this box (always true on pages no adapter knows). */
  box: boolean;
  /** The conversation (thread, or the quoted message of a pop-out) was found around the box. */
  thread: boolean;
  customer: boolean;
  name: boolean;
  /** Where the customer's message came from (null: not found). */
  source: MessageSource | null;
}
