import type { CSSProperties } from 'react';
import type { Translate } from '../lib/i18n/panelMessages';
import { useT } from './i18n';
import { SHORTCUT_LABEL, scoreBand, suggestionCount } from './labels';
import { ScoreRing } from './ScoreRing';
import type { CoachStatus } from './types';

/** Props of Badge. */
export interface BadgeProps {
  status: CoachStatus;
  /** The latest score, when there is an analysis. */
  score: number | null;
  /** Number of findings in the latest analysis. */
  count: number;
  /** Whether the panel is open (the badge is its disclosure button). */
  open: boolean;
  onToggle(): void;
  style?: CSSProperties;
}

/** The badge's accessible name, e.g. "Tact: score 42, 3 suggestions". */
export function badgeName(t: Translate, status: CoachStatus, score: number | null, count: number): string {
  if (score !== null) return t('badgeReady', score, suggestionCount(t, count));
  if (status === 'checking') return t('badgeChecking');
  if (status === 'error') return t('badgeError');
  return t('badgeIdle');
}

/** A small button at the reply box's corner: score colour and number of findings; opens the panel. */
export function Badge({ status, score, count, open, onToggle, style }: BadgeProps) {
  const name = badgeName(useT(), status, score, count);
  const band = score === null ? 'none' : scoreBand(score);
  return (
    <button
      type="button"
      className={`tact-badge tact-badge--${band}${status === 'checking' ? ' tact-badge--busy' : ''}`}
      style={style}
      aria-label={name}
      aria-haspopup="dialog"
      aria-expanded={open}
      aria-keyshortcuts={SHORTCUT_LABEL}
      title={`${name} (${SHORTCUT_LABEL})`}
      // Keep the caret in the reply box: a mouse press on a button would otherwise take focus from the editor.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onToggle}
    >
      <ScoreRing score={score} size={16} showValue={false} />
      <span className="tact-badge__score" aria-hidden="true">
        {score === null ? (status === 'error' ? '!' : '…') : score}
      </span>
      {score !== null && count > 0 ? (
        <span className="tact-badge__count" aria-hidden="true">
          {count}
        </span>
      ) : null}
    </button>
  );
}
