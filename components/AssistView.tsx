import type { CSSProperties } from 'react';
import type { Scenario } from '../lib/engine/types';
import { Badge } from './Badge';
import { Panel } from './Panel';
import type { CoachState } from './types';

/** Where the badge and panel go (fixed coordinates, computed next to the reply box). */
export interface AssistPlacement {
  badge: { left: number; top: number } | null;
  panel: { left: number; top?: number; bottom?: number; width: number; maxHeight: number } | null;
}

/** Everything the in-page view shows. */
export interface AssistViewState extends CoachState, AssistPlacement {
  active: boolean;
  open: boolean;
  focusRequest: number;
  theme: 'light' | 'dark';
}

/** What the in-page view can ask for. */
export interface AssistViewActions {
  togglePanel(): void;
  closePanel(): void;
  setScenario(scenario: Scenario | null): void;
  replaceDraft(): void;
  insertAtCursor(): void;
  copyRewrite(): void;
  applyFinding(index: number): void;
  restoreOriginal(): void;
}

/** Props of AssistView. */
export interface AssistViewProps {
  state: AssistViewState;
  actions: AssistViewActions;
}

/** The badge at the reply box's corner and, when open, the panel beside the box. */
export function AssistView({ state, actions }: AssistViewProps) {
  if (!state.active) return null;
  const badgeStyle: CSSProperties | undefined = state.badge
    ? { left: state.badge.left, top: state.badge.top }
    : undefined;
  const p = state.panel;
  const panelStyle: CSSProperties | undefined = p
    ? { left: p.left, top: p.top, bottom: p.bottom, width: p.width, maxHeight: p.maxHeight }
    : undefined;
  return (
    <div className="tact-root" data-theme={state.theme}>
      {state.badge ? (
        <Badge
          status={state.status}
          score={state.analysis?.score ?? null}
          count={state.analysis?.findings.length ?? 0}
          open={state.open}
          onToggle={actions.togglePanel}
          style={badgeStyle}
        />
      ) : null}
      {state.open ? (
        <Panel
          {...state}
          style={panelStyle}
          onClose={actions.closePanel}
          onScenarioChange={actions.setScenario}
          onReplace={actions.replaceDraft}
          onInsert={actions.insertAtCursor}
          onCopy={actions.copyRewrite}
          onApply={actions.applyFinding}
          onRestore={actions.restoreOriginal}
        />
      ) : null}
    </div>
  );
}
