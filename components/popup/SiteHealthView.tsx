import type { Translate } from '../../lib/i18n/messages';
import type { SiteHealth } from '../../lib/sites/types';

/**
 * Which adapter coaches the focused box and which of its parts were found, so an agent can tell us when a
 * site changed (#14).
 */
export function SiteHealthView(props: { health: SiteHealth; t: Translate }) {
  const { health: h, t } = props;
  const parts = [
    ['healthBox', h.box, null],
    ['healthThread', h.thread, null],
    [
      'healthCustomer',
      h.customer,
      h.source === 'selection' ? t('healthFromSelection') : h.source === 'page' ? t('healthFromPage') : null,
    ],
    ['healthName', h.name, null],
  ] as const;
  const allFound = h.box && h.thread && h.customer && h.name;
  return (
    <section className="site-health" aria-label={t('health')}>
      <h2>{t('health')}</h2>
      <p>{t('healthAdapter', h.adapter === h.site ? h.adapter : `${h.adapter} (${h.site})`)}</p>
      {h.fallback && <p>{t(h.fallback === 'outdated' ? 'healthOutdated' : 'healthOtherBox', h.site)}</p>}
      <ul>
        {parts.map(([key, found, via]) => (
          <li key={key} data-found={found}>
            {t(key)}: {found ? t('healthFound') : t('healthMissing')}
            {via ? ` (${via})` : ''}
          </li>
        ))}
      </ul>
      {!allFound && <p className="muted">{t('healthHint')}</p>}
    </section>
  );
}
