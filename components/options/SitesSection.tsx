import { useId, useState } from 'react';
import { usePageContext, useSettings } from '../settings/SettingsContext';
import { LockedNote, useLocked } from './Locked';
import { Switch } from './Switch';

/** Turns "example.com" or a URL into an origin like "https://example.com", or null. */
export function toOrigin(input: string): string | null {
  const s = input.trim();
  if (!s) return null;
  try {
    const u = new URL(/^https?:\/\//.test(s) ? s : `https://${s}`);
    return u.hostname.includes('.') || u.hostname === 'localhost' ? u.origin : null;
  } catch {
    return null;
  }
}

/** Where Tact runs besides the defaults, and where the agent switched it off. */
export function SitesSection() {
  const { t, platform } = usePageContext();
  const sites = useSettings((s) => s.settings.sites);
  const setSite = useSettings((s) => s.setSite);
  const locked = useLocked('sites');
  const [input, setInput] = useState('');
  const [error, setError] = useState('');
  const id = useId();
  const rows = [...sites.enabled.map((o) => [o, true] as const), ...sites.disabled.map((o) => [o, false] as const)];

  async function add() {
    const origin = toOrigin(input);
    if (!origin) {
      setError(input);
      return;
    }
    setError('');
    if (await platform.requestOrigin(origin)) {
      await setSite(origin, true);
      setInput('');
    }
  }

  return (
    <section aria-labelledby="sites-h">
      <h2 id="sites-h">
        {t('sectionSites')} <LockedNote setting="sites" />
      </h2>
      <p className="help">{t('sectionSitesHelp')}</p>
      {rows.length === 0 ? (
        <p className="muted">{t('sitesNone')}</p>
      ) : (
        <ul className="site-list" aria-label={t('sectionSites')}>
          {rows.map(([origin, on]) => (
            <li key={origin}>
              <code>{origin}</code>
              <Switch
                label={origin}
                checked={on}
                disabled={locked}
                onChange={(v) =>
                  void (v ? platform.requestOrigin(origin) : Promise.resolve(true)).then(
                    (ok) => ok && setSite(origin, v),
                  )
                }
              />
            </li>
          ))}
        </ul>
      )}
      <form
        className="row site-add"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label htmlFor={`${id}-site`} className="visually-hidden">
          {t('sectionSites')}
        </label>
        <input
          id={`${id}-site`}
          placeholder="support.example.com"
          value={input}
          disabled={locked}
          aria-invalid={error !== ''}
          onChange={(e) => setInput(e.target.value)}
        />
        <button type="submit" disabled={locked}>
          +
        </button>
      </form>
    </section>
  );
}
