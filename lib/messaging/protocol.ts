import type { SiteHealth } from '../sites/types';
import { type Browser, browser } from 'wxt/browser';
import type { WriteResult } from '../editors/types';
import type { Analysis, AnalyzeInput } from '../engine/types';
import type { Template } from '../packs/types';

/** What the focused reply box of a tab holds, for the popup. */
export interface ReplyState {
  draft: string;
  customer?: string;
  customerName?: string | null;
  /** The site adapter's id, e.g. 'gmail' or 'generic'. */
  site: string;
  /** Which adapter coaches the box and which of its parts were found (the popup's selector-health readout). */
  health?: SiteHealth;
  /** The latest analysis of the draft, when one has arrived. */
  analysis: Analysis | null;
}

/** Every message between Tact's contexts, with its payload and answer. */
export interface ProtocolMap {
  /** Content script or popup → background: analyse a draft with the enabled packs. */
  analyze(input: AnalyzeInput): Analysis;
  /** Popup → the active tab's content script: the focused reply box's state, or null when there is none. */
  getReplyState(): ReplyState | null;
  /** Popup → the active tab's content script: replace the focused box's draft (undoable, original kept). */
  replaceDraft(text: string): WriteResult;
  /**
   * Content script → background: put the page-world editor bridge into the sender's frame (all frames of its
   * tab with allFrames, for an editor in a same-origin child frame the sender coaches); true when injected.
   */
  injectEditorBridge(request: { allFrames: boolean }): boolean;
  /**
   * Settings page → background: the sample reply of a pack's language with the pack's template (the edited one, or
   * the saved one when null), for the template editor's preview; null when there is none.
   */
  previewTemplate(request: { packId: string; template: Template | null }): string | null;
}

type ProtocolType = keyof ProtocolMap;
type DataOf<K extends ProtocolType> = Parameters<ProtocolMap[K]>[0];
type ReturnOf<K extends ProtocolType> = ReturnType<ProtocolMap[K]>;

/** A message as it travels: the type, its payload, and an id and time for whoever debugs it. */
export interface Envelope<K extends ProtocolType = ProtocolType> {
  id: number;
  type: K;
  data: DataOf<K>;
  timestamp: number;
}

/** What a handler gets: the message and who sent it (the browser fills `sender`; a page cannot forge it). */
export interface Received<K extends ProtocolType> extends Envelope<K> {
  sender: Browser.runtime.MessageSender;
}

/** The answer on the wire: the handler's result, or its error's message. */
type Answer = { res: unknown } | { err: { message: string } };

type AnyHandler = (message: Received<ProtocolType>) => unknown;

// Handlers by type in a Map: a type named like an Object.prototype method ("constructor") finds nothing.
const handlers = new Map<string, AnyHandler>();
let nextId = Math.floor(Math.random() * 10_000);

function isEnvelope(x: unknown): x is Envelope {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as Envelope).type === 'string' &&
    typeof (x as Envelope).timestamp === 'number'
  );
}

// One runtime listener per context, there while any handler is: it answers only the types this context handles
// and stays silent on the rest (another context may answer them).
function listener(message: unknown, sender: Browser.runtime.MessageSender, respond: (answer: Answer) => void) {
  if (!isEnvelope(message)) return false;
  const handler = handlers.get(message.type);
  if (!handler) return false;
  Promise.resolve()
    .then(() => handler({ ...message, sender }))
    .then(
      (res) => respond({ res }),
      (e: unknown) => respond({ err: { message: e instanceof Error ? e.message : String(e) } }),
    )
    // The sender may be gone (a closed popup, a reloaded extension): nobody is left to tell.
    .catch(() => {});
  return true;
}

/**
 * Listens for one message type in this context (one handler per type); returns a function that stops it.
 * A handler's thrown error reaches the sender as a rejected sendMessage.
 */
export function onMessage<K extends ProtocolType>(
  type: K,
  handler: (message: Received<K>) => ReturnOf<K> | Promise<ReturnOf<K>>,
): () => void {
  if (handlers.has(type)) throw new Error(`only one listener per context for "${type}"`);
  if (handlers.size === 0) browser.runtime.onMessage.addListener(listener);
  handlers.set(type, handler as AnyHandler);
  return () => {
    if (handlers.get(type) !== handler) return;
    handlers.delete(type);
    if (handlers.size > 0) return;
    try {
      browser.runtime.onMessage.removeListener(listener);
    } catch {
      // After an extension update the old content script's APIs throw; its listener is gone with its context.
    }
  };
}

/**
 * Sends a message to the background (no tab) or to a tab's content scripts, and resolves with the handler's
 * answer; rejects when nobody answers or the handler failed.
 */
export async function sendMessage<K extends ProtocolType>(
  type: K,
  data: DataOf<K>,
  tabId?: number,
): Promise<Awaited<ReturnOf<K>>> {
  const message: Envelope<K> = { id: nextId++, type, data, timestamp: Date.now() };
  const answer = (
    tabId === undefined ? await browser.runtime.sendMessage(message) : await browser.tabs.sendMessage(tabId, message)
  ) as Answer | undefined;
  if (answer == null || typeof answer !== 'object') throw new Error(`no answer to "${type}"`);
  if ('err' in answer) throw new Error(answer.err?.message ?? `"${type}" failed`);
  return answer.res as Awaited<ReturnOf<K>>;
}
