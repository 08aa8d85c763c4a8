import { LANGUAGES } from '../../lib/engine/types';
import type { RulePack } from '../../lib/packs/types';
import { isPackEnabled } from '../../lib/settings/packs';
import { usePageContext, useSettings } from '../settings/SettingsContext';
import { LockedNote, useLocked } from './Locked';
import { Switch } from './Switch';

/** Rule packs by language and scenario: switch packs on and off, silence single rules, restore them. */
export function PacksSection() {
  const { t, builtin } = usePageContext();
  const settings = useSettings((s) => s.settings);
  const setPackEnabled = useSettings((s) => s.setPackEnabled);
  const silenceRule = useSettings((s) => s.silenceRule);
  const restoreRule = useSettings((s) => s.restoreRule);
  const packsLocked = useLocked('packToggles');
  const rulesLocked = useLocked('silencedRules');
  const all: RulePack[] = [...builtin, ...settings.customPacks.filter((p) => !builtin.some((b) => b.id === p.id))];

  return (
    <section aria-labelledby="packs-h">
      <h2 id="packs-h">
        {t('sectionPacks')} <LockedNote setting="packToggles" />
      </h2>
      <p className="help">{t('sectionPacksHelp')}</p>
      {LANGUAGES.map((lang) => {
        const packs = all.filter((p) => p.language === lang);
        if (packs.length === 0) return null;
        return (
          <fieldset key={lang} className="pack-group">
            <legend>{t(`lang_${lang}`)}</legend>
            <ul className="pack-list">
              {packs.map((p) => {
                const on = isPackEnabled(settings, p.id);
                return (
                  <li key={p.id} className={on ? 'pack' : 'pack pack-off'}>
                    <details>
                      <summary>
                        <span className="pack-name">{p.name}</span>
                        <span className="pack-meta">
                          {t(`sc_${p.scenario}`)} · {t('rulesCount', p.rules.length)}
                        </span>
                      </summary>
                      <ul className="rule-list">
                        {p.rules.map((r) => {
                          const id = `${p.id}.${r.id}`;
                          const silenced = settings.silencedRules.includes(id);
                          return (
                            <li key={id}>
                              <span className={silenced ? 'rule rule-silenced' : 'rule'}>{r.message}</span>
                              {!silenced && (
                                <button
                                  type="button"
                                  className="link"
                                  disabled={rulesLocked}
                                  aria-label={`${t('silenceRule')}: ${id}`}
                                  onClick={() => void silenceRule(id)}
                                >
                                  {t('silenceRule')}
                                </button>
                              )}
                            </li>
                          );
                        })}
                      </ul>
                    </details>
                    <Switch
                      label={p.name}
                      checked={on}
                      disabled={packsLocked}
                      onChange={(v) => void setPackEnabled(p.id, v)}
                    />
                  </li>
                );
              })}
            </ul>
          </fieldset>
        );
      })}
      <h3>
        {t('silenced')} <LockedNote setting="silencedRules" />
      </h3>
      {settings.silencedRules.length === 0 ? (
        <p className="muted">—</p>
      ) : (
        <ul className="silenced-list" aria-label={t('silenced')}>
          {settings.silencedRules.map((id) => (
            <li key={id}>
              <code>{id}</code>
              <button
                type="button"
                className="link"
                disabled={rulesLocked}
                aria-label={`${t('restoreRule')}: ${id}`}
                onClick={() => void restoreRule(id)}
              >
                {t('restoreRule')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
