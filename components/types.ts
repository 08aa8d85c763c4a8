import type { Analysis, Scenario } from '../lib/engine/types';

/** How far the analysis of the current draft has got. */
export type CoachStatus = 'idle' | 'checking' | 'ready' | 'error';

/** A message after an action (written, copied, failed). */
export interface CoachNotice {
  kind: 'success' | 'error' | 'info';
  text: string;
}

/** What the panel shows: the analysis and the state of the agent's actions. */
export interface CoachState {
  status: CoachStatus;
  analysis: Analysis | null;
  /** The analysed draft (finding offsets refer to it). */
  draft: string;
  scenarioOverride: Scenario | null;
  canRestore: boolean;
  busy: boolean;
  notice: CoachNotice | null;
  customerName: string | null;
  hasCustomerMessage: boolean;
}

/** What the agent can do from the panel; the host (content script, popup) decides how. */
export interface CoachActions {
  onClose(): void;
  onScenarioChange(scenario: Scenario | null): void;
  /** Replace draft; absent where there is no draft to replace (the popup). */
  onReplace?(): void;
  /** Insert at cursor; absent where there is no editor. */
  onInsert?(): void;
  onCopy(): void;
  /** Apply one finding's replacement; absent where the text cannot be edited in place. */
  onApply?(index: number): void;
  onRestore?(): void;
}
