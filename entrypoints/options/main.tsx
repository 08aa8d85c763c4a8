import { createRoot } from 'react-dom/client';
import { OptionsPage } from '@/components/options/OptionsPage';
import { SettingsProvider } from '@/components/settings/SettingsContext';
import '@/components/settings/pages.css';
import { resolveUiLanguage } from '@/lib/i18n/browser';
import { tableTranslator } from '@/lib/i18n/messages';
import { PACK_INDEX } from 'virtual:tact-pack-index';
import { createSettingsStore } from '@/lib/settings/store';
import { browserPlatform } from '@/lib/settings/platform';

const { store } = createSettingsStore();
const root = createRoot(document.getElementById('root')!);
// The page speaks the interface language the agent chose (or the browser's) and follows a change at once.
const render = () => {
  const t = tableTranslator(resolveUiLanguage(store.getState().settings.uiLanguage));
  document.documentElement.lang = t.lang;
  // The tab's title speaks the interface's language too (the HTML's is the English fallback).
  document.title = t('optionsTitle');
  root.render(
    <SettingsProvider store={store} t={t} builtin={PACK_INDEX} platform={browserPlatform}>
      <OptionsPage />
    </SettingsProvider>,
  );
};
render();
store.subscribe((now, before) => now.settings.uiLanguage !== before.settings.uiLanguage && render());
