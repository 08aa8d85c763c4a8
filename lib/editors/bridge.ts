/**
 * A tiny relay between the isolated content script and the page's own world, where editors keep their APIs
 * (CKEditor 5's `ckeditorInstance`, TinyMCE's `tinymce`, Lexical's `__lexicalEditor` are invisible to an
 * isolated world). Requests are CustomEvents dispatched on the editor's element (TinyMCE: its iframe) with a
 * JSON string detail, since objects do not cross worlds; the page side answers synchronously on the same element.
 */

/** Event the isolated side dispatches. */
export const BRIDGE_REQUEST = 'tact:editor-request';
/** Event the page side answers with. */
export const BRIDGE_RESPONSE = 'tact:editor-response';

/** What the page world can do for us. */
export type BridgeOp = 'probe' | 'insert';

/** A request: `insert` replaces the editor's current selection (or everything with `all`) with text. */
export interface BridgeRequest {
  id: string;
  op: BridgeOp;
  kind: 'ckeditor5' | 'tinymce' | 'lexical';
  text: string;
  all: boolean;
}

/** The answer. */
export interface BridgeResponse {
  id: string;
  ok: boolean;
  error?: string;
}

const MAX_TEXT = 1_000_000;

/** Parses and validates a request detail; null for anything malformed. */
export function parseRequest(detail: unknown): BridgeRequest | null {
  if (typeof detail !== 'string' || detail.length > MAX_TEXT + 1000) return null;
  let value: unknown;
  try {
    value = JSON.parse(detail);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (typeof r.id !== 'string' || r.id.length > 64) return null;
  if (r.op !== 'probe' && r.op !== 'insert') return null;
  if (r.kind !== 'ckeditor5' && r.kind !== 'tinymce' && r.kind !== 'lexical') return null;
  if (typeof r.text !== 'string' || r.text.length > MAX_TEXT) return null;
  if (typeof r.all !== 'boolean') return null;
  return { id: r.id, op: r.op, kind: r.kind, text: r.text, all: r.all };
}

/** Parses and validates a response detail; null for anything malformed. */
export function parseResponse(detail: unknown): BridgeResponse | null {
  if (typeof detail !== 'string' || detail.length > 2000) return null;
  try {
    const value = JSON.parse(detail) as Record<string, unknown>;
    if (typeof value.id !== 'string' || typeof value.ok !== 'boolean') return null;
    return { id: value.id, ok: value.ok, error: typeof value.error === 'string' ? value.error : undefined };
  } catch {
    return null;
  }
}

let counter = 0;

/**
 * Asks the page world to act on the editor at target. Resolves null when no bridge answered (not installed,
 * or the page blocks it), so callers fall through to the next rung.
 */
export function callBridge(target: Element, request: Omit<BridgeRequest, 'id'>): BridgeResponse | null {
  const id = `${Date.now().toString(36)}-${(counter++).toString(36)}`;
  let answer: BridgeResponse | null = null;
  const listener = (event: Event) => {
    const response = parseResponse((event as CustomEvent).detail);
    if (response?.id === id) answer = response;
  };
  target.addEventListener(BRIDGE_RESPONSE, listener);
  try {
    // The page side handles the event synchronously inside dispatchEvent.
    const view = target.ownerDocument.defaultView ?? globalThis;
    const Custom = (view as typeof globalThis).CustomEvent ?? CustomEvent;
    target.dispatchEvent(new Custom(BRIDGE_REQUEST, { detail: JSON.stringify({ ...request, id }), bubbles: true }));
  } finally {
    target.removeEventListener(BRIDGE_RESPONSE, listener);
  }
  return answer;
}
