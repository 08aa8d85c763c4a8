import { usePageContext, useSettings } from '../settings/SettingsContext';
import { CustomPacksSection } from './CustomPacksSection';
import { PacksSection } from './PacksSection';
import { LanguageSection, ProfileSection, UiLanguageSection } from './ProfileSection';
import { ResetSection } from './ResetSection';
import { SitesSection } from './SitesSection';
import { TemplatesSection } from './TemplatesSection';

/** The options page: packs, language, profile, templates, custom packs, sites, reset. */
export function OptionsPage() {
  const { t } = usePageContext();
  const notices = useSettings((s) => s.notices);
  const error = useSettings((s) => s.error);
  // Drawn at once from the defaults and the build's pack index; the stored settings and policy fill in as they
  // arrive (#15). A change made before then applies to the stored settings once they and policy are read.
  const hydrated = useSettings((s) => s.hasHydrated);
  return (
    <main className="options" aria-busy={!hydrated}>
      <header>
        <h1>
          <span className="logo" aria-hidden="true">
            T
          </span>
          {t('optionsTitle')}
        </h1>
      </header>
      {notices.length > 0 && (
        <div role="status" className="notice">
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      )}
      {error && (
        <p role="alert" className="errors">
          {error}
        </p>
      )}
      <PacksSection />
      <LanguageSection />
      <UiLanguageSection />
      <ProfileSection />
      <TemplatesSection />
      <CustomPacksSection />
      <SitesSection />
      <ResetSection />
    </main>
  );
}
