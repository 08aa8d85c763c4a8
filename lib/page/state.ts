import type { Analysis, Scenario } from '../engine/types';
import type { BadgePlacement, PanelPlacement } from './position';
import type { Theme } from './theme';

/** How far the current draft's analysis has got. */
export type AssistStatus = 'idle' | 'checking' | 'ready' | 'error';

/** A message shown in the panel after an action. */
export interface AssistNotice {
  kind: 'success' | 'error' | 'info';
  text: string;
}

/** Everything the badge and panel show, as one immutable snapshot. */
export interface AssistState {
  /** A reply box is active: the badge is shown. */
  active: boolean;
  status: AssistStatus;
  analysis: Analysis | null;
  /** The analysed draft (findings' offsets refer to it). */
  draft: string;
  /** The scenario the agent picked in the panel, overriding the recognised one. */
  scenarioOverride: Scenario | null;
  open: boolean;
  /** Increases each time the panel should take focus (it opened); re-renders never move focus by themselves. */
  focusRequest: number;
  theme: Theme;
  badge: BadgePlacement | null;
  panel: PanelPlacement | null;
  /** "Restore original" has something to bring back. */
  canRestore: boolean;
  /** A write is running (actions are disabled meanwhile). */
  busy: boolean;
  notice: AssistNotice | null;
  /** The site adapter in use, e.g. 'gmail' or 'generic'. */
  site: string;
  /** The customer's name found in the thread, when any. */
  customerName: string | null;
  /** Whether the customer's message was found (the panel says so when it was not). */
  hasCustomerMessage: boolean;
}

/** The state before any box is focused. */
export const INITIAL_STATE: AssistState = {
  active: false,
  status: 'idle',
  analysis: null,
  draft: '',
  scenarioOverride: null,
  open: false,
  focusRequest: 0,
  theme: 'light',
  badge: null,
  panel: null,
  canRestore: false,
  busy: false,
  notice: null,
  site: 'generic',
  customerName: null,
  hasCustomerMessage: false,
};
