import { useState } from 'react';
import { usePageContext, useSettings } from '../settings/SettingsContext';

/** Reset every setting to its default, after a confirmation. */
export function ResetSection() {
  const { t } = usePageContext();
  const resetAll = useSettings((s) => s.resetAll);
  const [asking, setAsking] = useState(false);
  return (
    <section aria-labelledby="reset-h">
      <h2 id="reset-h" className="visually-hidden">
        {t('resetAll')}
      </h2>
      {asking ? (
        <div role="alertdialog" aria-modal="false" aria-labelledby="reset-q" className="confirm">
          <p id="reset-q">{t('resetConfirm')}</p>
          <div className="row">
            <button type="button" className="danger" onClick={() => void resetAll().then(() => setAsking(false))}>
              {t('confirmReset')}
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="danger-outline" onClick={() => setAsking(true)}>
          {t('resetAll')}
        </button>
      )}
    </section>
  );
}
