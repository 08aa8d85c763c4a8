import { type CSSProperties, type KeyboardEvent, useId, useLayoutEffect, useRef } from 'react';
import { DIMENSIONS } from '../lib/engine/types';
import { FindingList } from './FindingList';
import { useT } from './i18n';
import { SHORTCUT_LABEL, suggestionCount } from './labels';
import { RewriteDiff } from './RewriteDiff';
import { ScenarioPicker } from './ScenarioPicker';
import { ScoreRing } from './ScoreRing';
import type { CoachActions, CoachState } from './types';

/** Props of Panel. */
export interface PanelProps extends CoachState, CoachActions {
  /** Increases when the panel should take focus (it was opened); other re-renders never move focus. */
  focusRequest?: number;
  style?: CSSProperties;
}

/**
 * The coaching panel: a non-modal dialog named "Tact" with the score, scenario, findings, the rewrite and the
 * actions. It takes focus only when opened, so updates while the agent types never steal the caret.
 */
export function Panel(props: PanelProps) {
  const { analysis, status, notice, busy, focusRequest = 0, onClose, style } = props;
  const t = useT();
  const titleId = useId();
  const root = useRef<HTMLDivElement>(null);
  const focused = useRef(0);

  // Focus moves in the same task as the panel appears (a layout effect): Preact runs plain effects only after
  // the next paint, and a key pressed in between would still go to the page.
  useLayoutEffect(() => {
    if (focusRequest > focused.current) {
      focused.current = focusRequest;
      root.current?.focus({ preventScroll: true });
    }
  }, [focusRequest]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const shortcut = e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyT';
    if (e.key === 'Escape' || shortcut) {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };

  const rewrite = analysis?.rewrite ?? '';
  const noRewrite = !rewrite || busy;
  return (
    <div
      ref={root}
      className="tact-panel"
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      style={style}
      onKeyDown={onKeyDown}
    >
      <header className="tact-panel__header">
        <ScoreRing score={analysis?.score ?? null} size={44} />
        <div className="tact-panel__title">
          <h2 id={titleId}>Tact</h2>
          <p className="tact-panel__sub">
            {analysis
              ? t('panelSummary', analysis.score, t(`sc_${analysis.scenario}`), t(`lang_${analysis.language}`))
              : status === 'checking'
                ? t('panelChecking')
                : status === 'error'
                  ? t('panelError')
                  : t('panelIdle')}
          </p>
        </div>
        <button
          type="button"
          className="tact-icon-button"
          aria-label={t('close')}
          title={t('closeTitle')}
          onClick={onClose}
        >
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
            <path d="M2 2l10 10M12 2L2 12" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
        </button>
      </header>

      <div className="tact-notice-slot" role="status" aria-live="polite">
        {notice ? <p className={`tact-notice tact-notice--${notice.kind}`}>{notice.text}</p> : null}
      </div>

      <div className="tact-panel__body">
        {analysis ? (
          <ul className="tact-dims" aria-label={t('tone')}>
            {DIMENSIONS.map((d) => (
              <li key={d} className="tact-dim">
                <span className="tact-dim__name">{t(`dim_${d}`)}</span>
                <span className="tact-dim__bar" aria-hidden="true">
                  <span style={{ width: `${analysis.dimensions[d].score}%` }} />
                </span>
                <span className="tact-dim__value">{analysis.dimensions[d].score}</span>
              </li>
            ))}
          </ul>
        ) : null}

        <ScenarioPicker
          recognised={props.scenarioOverride ? null : (analysis?.scenario ?? null)}
          value={props.scenarioOverride}
          onChange={props.onScenarioChange}
          disabled={busy}
        />
        {!props.hasCustomerMessage ? <p className="tact-hint">{t('panelNoCustomer')}</p> : null}

        {analysis ? (
          <section aria-labelledby={`${titleId}-findings`}>
            <h3 id={`${titleId}-findings`}>
              {analysis.findings.length === 0
                ? t('findings')
                : capitalise(suggestionCount(t, analysis.findings.length))}
            </h3>
            <FindingList findings={analysis.findings} onApply={props.onApply} disabled={busy} />
          </section>
        ) : null}

        {analysis ? (
          <section aria-labelledby={`${titleId}-rewrite`}>
            <h3 id={`${titleId}-rewrite`}>{t('rewrite')}</h3>
            <RewriteDiff draft={props.draft} rewrite={rewrite} />
          </section>
        ) : null}
      </div>

      <footer className="tact-panel__actions">
        {props.onReplace ? (
          <button
            type="button"
            className="tact-button tact-button--primary"
            disabled={noRewrite}
            onClick={props.onReplace}
          >
            {t('replaceDraft')}
          </button>
        ) : null}
        {props.onInsert ? (
          <button type="button" className="tact-button" disabled={noRewrite} onClick={props.onInsert}>
            {t('insertAtCursor')}
          </button>
        ) : null}
        <button type="button" className="tact-button" disabled={!rewrite} onClick={props.onCopy}>
          {t('copy')}
        </button>
        {props.onRestore ? (
          <button type="button" className="tact-button" disabled={!props.canRestore || busy} onClick={props.onRestore}>
            {t('restoreOriginal')}
          </button>
        ) : null}
      </footer>
      <p className="tact-panel__keys">
        <kbd>{SHORTCUT_LABEL}</kbd> {t('keysToggle')} · <kbd>Esc</kbd> {t('keysBack')}
      </p>
    </div>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
