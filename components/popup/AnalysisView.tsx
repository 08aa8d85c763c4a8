import { useState } from 'react';
import { DIMENSIONS, type Analysis } from '../../lib/engine/types';
import type { Translate } from '../../lib/i18n/messages';

/** The score's colour band. */
export function scoreBand(score: number): 'good' | 'warn' | 'bad' {
  return score >= 80 ? 'good' : score >= 55 ? 'warn' : 'bad';
}

/** Scenario, score with its dimensions, findings in their sentence, and the rewrite with its actions. */
export function AnalysisView(props: {
  analysis: Analysis;
  draft: string;
  t: Translate;
  onReplace?: (text: string) => void;
  onCopy: (text: string) => Promise<void>;
  /** Ids of rules that flag what the draft lacks: their span is the whole draft, so it is not quoted. */
  missingRules?: ReadonlySet<string>;
}) {
  const { analysis: a, draft, t } = props;
  const [copied, setCopied] = useState(false);
  return (
    <div className="analysis">
      <div className="summary">
        <div className={`score score-${scoreBand(a.score)}`} role="img" aria-label={`${t('score')}: ${a.score}`}>
          {a.score}
        </div>
        <div>
          <div className="scenario">
            {t('scenario')}: <strong>{t(`sc_${a.scenario}`)}</strong>
          </div>
          <ul className="dims">
            {DIMENSIONS.map((d) => (
              <li key={d} title={a.dimensions[d].reasons.join('\n')}>
                <span>{t(`dim_${d}`)}</span>
                <meter min={0} max={100} low={55} high={80} optimum={100} value={a.dimensions[d].score} />
              </li>
            ))}
          </ul>
        </div>
      </div>
      <h2>{t('findings')}</h2>
      {a.findings.length === 0 ? (
        <p className="muted">{t('noFindings')}</p>
      ) : (
        <ol className="findings" aria-label={t('findings')}>
          {a.findings.map((f) => (
            <li key={`${f.rule}:${f.start}`}>
              {props.missingRules?.has(f.rule) ? (
                <p>
                  <span className="missing-mark" aria-hidden="true">
                    +
                  </span>
                  {f.message}
                </p>
              ) : (
                <>
                  <q className="flagged">{draft.slice(f.start, f.end)}</q>
                  <p>{f.message}</p>
                </>
              )}
              {f.replacement && <p className="replacement">→ {f.replacement}</p>}
            </li>
          ))}
        </ol>
      )}
      <h2>{t('rewrite')}</h2>
      <pre className="rewrite" data-testid="rewrite">
        {a.rewrite}
      </pre>
      <div className="row">
        {props.onReplace && (
          <button type="button" className="primary" onClick={() => props.onReplace?.(a.rewrite)}>
            {t('replaceDraft')}
          </button>
        )}
        <button
          type="button"
          onClick={() =>
            void props.onCopy(a.rewrite).then(() => {
              setCopied(true);
            })
          }
        >
          {t('copy')}
        </button>
        {copied && <span role="status">{t('copied')}</span>}
      </div>
    </div>
  );
}
