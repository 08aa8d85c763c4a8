import { LANGUAGES } from '../../lib/engine/types';
import { ideaOf } from '../../lib/packs/catalogue';
import type { PackSummary } from '../../lib/packs/summary';
import { isPackEnabled } from '../../lib/settings/packs';
import { documentLanguage } from '../settings/locale';
import { usePageContext, useSettings } from '../settings/SettingsContext';
import { LazyDetails } from './LazyDetails';
import { LockedNote, useLocked } from './Locked';
import { Switch } from './Switch';

/** Rule packs in collapsible groups by language: switch packs on and off, silence single rules, restore them. */
export function PacksSection() {
  const { t, builtin } = usePageContext();
  const settings = useSettings((s) => s.settings);
  const setPackEnabled = useSettings((s) => s.setPackEnabled);
  const silenceRule = useSettings((s) => s.silenceRule);
  const restoreRule = useSettings((s) => s.restoreRule);
  const packsLocked = useLocked('packToggles');
  const rulesLocked = useLocked('silencedRules');
  const all: PackSummary[] = [...builtin, ...settings.customPacks.filter((p) => !builtin.some((b) => b.id === p.id))];
  const groups = LANGUAGES.map((lang) => ({ lang, packs: all.filter((p) => p.language === lang) })).filter(
    (g) => g.packs.length > 0,
  );
  // Thirty-odd packs are a long page: only the group in the interface's language starts open.
  const uiLang = documentLanguage();
  // A built-in rule is silenced by its idea, in every language at once (lib/packs/catalogue); an imported
  // pack's rule by its full id.
  const builtinIds = new Set(builtin.map((p) => p.id));
  const keyOf = (packId: string, ruleId: string) =>
    builtinIds.has(packId) ? ideaOf(`${packId}.${ruleId}`) : `${packId}.${ruleId}`;
  // A silenced rule is listed by what it flags (in the interface's language where it has that), not only by id.
  const messages = new Map<string, string>();
  for (const p of all)
    for (const r of p.rules) {
      const key = keyOf(p.id, r.id);
      if (!messages.has(key) || p.language === uiLang) messages.set(key, r.message);
      messages.set(`${p.id}.${r.id}`, r.message);
    }

  return (
    <section aria-labelledby="packs-h">
      <h2 id="packs-h">
        {t('sectionPacks')} <LockedNote setting="packToggles" />
      </h2>
      <p className="help">{t('sectionPacksHelp')}</p>
      {groups.map(({ lang, packs }, i) => {
        const on = packs.filter((p) => isPackEnabled(settings, p.id)).length;
        return (
          <details
            key={lang}
            className="pack-group"
            open={lang === uiLang || (!groups.some((g) => g.lang === uiLang) && i === 0)}
          >
            <summary>
              <span className="pack-group-name">{t(`lang_${lang}`)}</span>
              <span className="pack-group-count">
                {on}/{packs.length}
              </span>
            </summary>
            <ul className="pack-list" aria-label={t(`lang_${lang}`)}>
              {packs.map((p) => {
                const enabled = isPackEnabled(settings, p.id);
                return (
                  <li key={p.id} className={enabled ? 'pack' : 'pack pack-off'}>
                    <LazyDetails
                      summary={
                        <summary className="pack-summary">
                          <span className="pack-title">
                            <span className="pack-name">{p.name}</span>
                            <span className="pack-meta">
                              {t(`sc_${p.scenario}`)} · {t.count('rules', p.rules.length)}
                            </span>
                          </span>
                        </summary>
                      }
                    >
                      {() => (
                        <ul className="rule-list">
                          {p.rules.map((r) => {
                            const id = `${p.id}.${r.id}`;
                            const key = keyOf(p.id, r.id);
                            const silenced =
                              settings.silencedRules.includes(id) || settings.silencedRules.includes(key);
                            return (
                              <li key={id}>
                                <span className={silenced ? 'rule rule-silenced' : 'rule'}>{r.message}</span>
                                {!silenced && (
                                  <button
                                    type="button"
                                    className="link"
                                    disabled={rulesLocked}
                                    aria-label={`${t('silenceRule')}: ${id}`}
                                    onClick={() => void silenceRule(key)}
                                  >
                                    {t('silenceRule')}
                                  </button>
                                )}
                              </li>
                            );
                          })}
                        </ul>
                      )}
                    </LazyDetails>
                    <Switch
                      label={p.name}
                      checked={enabled}
                      disabled={packsLocked}
                      onChange={(v) => void setPackEnabled(p.id, v)}
                    />
                  </li>
                );
              })}
            </ul>
          </details>
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
              <span className="silenced-rule">
                {messages.get(id) && <span className="rule">{messages.get(id)}</span>}
                <code>{id}</code>
              </span>
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
