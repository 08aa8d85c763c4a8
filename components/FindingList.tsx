import type { Finding } from '../lib/engine/types';
import { useT } from './i18n';

/** Props of FindingList. */
export interface FindingListProps {
  findings: readonly Finding[];
  /** Applies one finding's replacement; without it no apply buttons are shown. */
  onApply?(index: number): void;
  disabled?: boolean;
}

/** The findings, each with the flagged words, why they should change, and (when there is one) a one-click fix. */
export function FindingList({ findings, onApply, disabled }: FindingListProps) {
  const t = useT();
  if (findings.length === 0) {
    return <p className="tact-empty">{t('noFindings')}</p>;
  }
  return (
    <ol className="tact-findings">
      {findings.map((f, i) => (
        <li key={`${f.rule}:${f.start}`} className="tact-finding">
          <div className="tact-finding__head">
            <q className="tact-finding__text">{f.text}</q>
            <span className="tact-finding__dim">{t(`dim_${f.dimension}`)}</span>
          </div>
          <p className="tact-finding__why">{f.message}</p>
          {f.replacement !== undefined && onApply ? (
            <button
              type="button"
              className="tact-button tact-button--ghost tact-finding__apply"
              disabled={disabled}
              aria-label={t('applyFix', f.text, f.replacement)}
              onClick={() => onApply(i)}
            >
              <span aria-hidden="true">→ </span>
              {f.replacement}
            </button>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
