import { defineExtensionMessaging } from '@webext-core/messaging';
import type { WriteResult } from '../editors/types';
import type { Analysis, AnalyzeInput } from '../engine/types';

/** What the focused reply box of a tab holds, for the popup. */
export interface ReplyState {
  draft: string;
  customer?: string;
  customerName?: string | null;
  /** The site adapter's id, e.g. 'gmail' or 'generic'. */
  site: string;
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
}

/** Typed send/listen for the protocol above. */
export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
