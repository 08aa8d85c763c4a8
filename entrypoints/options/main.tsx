import { createRoot } from 'react-dom/client';
import { OptionsPage } from '@/components/options/OptionsPage';
import { SettingsProvider } from '@/components/settings/SettingsContext';
import '@/components/settings/pages.css';
import { uiLocale } from '@/components/settings/locale';
import { browserTranslator } from '@/lib/i18n/browser';
import { BUILTIN_PACKS } from '@/lib/packs/builtin';
import { createSettingsStore } from '@/lib/settings/store';
import { browserPlatform } from '@/lib/settings/platform';

const { store } = createSettingsStore();
const t = browserTranslator();
document.documentElement.lang = uiLocale();
// The tab's title speaks the interface's language too (the HTML's is the English fallback).
document.title = t('optionsTitle');
createRoot(document.getElementById('root')!).render(
  <SettingsProvider store={store} t={t} builtin={BUILTIN_PACKS} platform={browserPlatform}>
    <OptionsPage />
  </SettingsProvider>,
);
