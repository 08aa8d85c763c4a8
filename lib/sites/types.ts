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

/** Knows one site's page structure: where the reply box and the thread are. Reads only; never writes text. */
export interface SiteAdapter {
  /** Stable id, e.g. 'gmail'; also sent to the engine as `site`. */
  id: string;
  /** Whether this adapter handles the page: by hostname, or (when doc is given) by page markers for custom domains. */
  matches(location: SiteLocation, doc?: Document): boolean;
  /** The reply box root for an editable element the agent focused, or null when it is not a reply box here. */
  replyBox(editable: HTMLElement): HTMLElement | null;
  /** The element holding the conversation the reply box answers, when found. */
  findThread(box: HTMLElement): Element | null;
  /** The last inbound (customer's) message of the thread and its author's name. */
  customerMessage(box: HTMLElement): CustomerMessage | null;
  /** The agent's draft inside the box's text, without quoted text and signature. */
  draftRegion(box: HTMLElement, text: string): DraftRegion;
  /** A site quirk to run after Tact wrote into the box (e.g. nudge Gmail to save the draft). */
  afterWrite?(box: HTMLElement): void;
}
