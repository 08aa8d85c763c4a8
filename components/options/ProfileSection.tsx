import { useEffect, useId, useState } from 'react';
import { LANGUAGES } from '../../lib/engine/types';
import type { Profile } from '../../lib/settings/types';
import { usePageContext, useSettings } from '../settings/SettingsContext';
import { LockedNote, useLocked } from './Locked';

/** The language choice: detect, or always one language. */
export function LanguageSection() {
  const { t } = usePageContext();
  const language = useSettings((s) => s.settings.language);
  const setLanguage = useSettings((s) => s.setLanguage);
  const locked = useLocked('language');
  const options = ['auto', ...LANGUAGES] as const;
  return (
    <section aria-labelledby="lang-h">
      <h2 id="lang-h">
        {t('sectionLanguage')} <LockedNote setting="language" />
      </h2>
      <div role="radiogroup" aria-labelledby="lang-h" className="radios">
        {options.map((o) => (
          <label key={o}>
            <input
              type="radio"
              name="language"
              value={o}
              checked={language === o}
              disabled={locked}
              onChange={() => void setLanguage(o)}
            />
            {o === 'auto' ? t('languageAuto') : t(`lang_${o}`)}
          </label>
        ))}
      </div>
    </section>
  );
}

/** The interface's language: the browser's, or one the agent chose (#15). */
export function UiLanguageSection() {
  const { t } = usePageContext();
  const language = useSettings((s) => s.settings.uiLanguage);
  const setUiLanguage = useSettings((s) => s.setUiLanguage);
  const locked = useLocked('uiLanguage');
  const options = ['auto', ...LANGUAGES] as const;
  return (
    <section aria-labelledby="ui-lang-h">
      <h2 id="ui-lang-h">
        {t('sectionUiLanguage')} <LockedNote setting="uiLanguage" />
      </h2>
      <div role="radiogroup" aria-labelledby="ui-lang-h" className="radios">
        {options.map((o) => (
          <label key={o}>
            <input
              type="radio"
              name="uiLanguage"
              value={o}
              checked={language === o}
              disabled={locked}
              onChange={() => void setUiLanguage(o)}
            />
            {o === 'auto' ? t('uiLanguageAuto') : t(`lang_${o}`)}
          </label>
        ))}
      </div>
    </section>
  );
}

/** The agent's name, company and signature, saved together. */
export function ProfileSection() {
  const { t } = usePageContext();
  const stored = useSettings((s) => s.settings.profile);
  const setProfile = useSettings((s) => s.setProfile);
  const locked = useLocked('profile');
  // The fields show the stored profile: they take typing once the stored settings are read (#15).
  const hydrated = useSettings((s) => s.hasHydrated);
  const [draft, setDraft] = useState<Profile>(stored);
  const [saved, setSaved] = useState(false);
  const id = useId();
  useEffect(() => setDraft(stored), [stored]);
  const field = (key: keyof Profile, label: string, multiline = false) => (
    <label htmlFor={`${id}-${key}`}>
      <span>{label}</span>
      {multiline ? (
        <textarea
          id={`${id}-${key}`}
          rows={3}
          value={draft[key]}
          disabled={locked}
          readOnly={!hydrated}
          onChange={(e) => {
            setDraft({ ...draft, [key]: e.target.value });
            setSaved(false);
          }}
        />
      ) : (
        <input
          id={`${id}-${key}`}
          value={draft[key]}
          disabled={locked}
          readOnly={!hydrated}
          onChange={(e) => {
            setDraft({ ...draft, [key]: e.target.value });
            setSaved(false);
          }}
        />
      )}
    </label>
  );
  return (
    <section aria-labelledby="profile-h">
      <h2 id="profile-h">
        {t('sectionProfile')} <LockedNote setting="profile" />
      </h2>
      <form
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          void setProfile(draft).then(setSaved);
        }}
      >
        {field('name', t('profileName'))}
        {field('company', t('profileCompany'))}
        {field('signature', t('profileSignature'), true)}
        <div className="row">
          <button type="submit" className="primary" disabled={locked || !hydrated}>
            {t('save')}
          </button>
          {saved && <span role="status">{t('saved')}</span>}
        </div>
      </form>
    </section>
  );
}
