import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Analysis, AnalyzeInput } from '../engine/types';

/** Every message between Tact's contexts, with its payload and answer. */
export interface ProtocolMap {
  /** Content script or popup → background: analyse a draft with the enabled packs. */
  analyze(input: AnalyzeInput): Analysis;
}

/** Typed send/listen for the protocol above. */
export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
