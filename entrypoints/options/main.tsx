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
document.documentElement.lang = uiLocale();
createRoot(document.getElementById('root')!).render(
  <SettingsProvider store={store} t={browserTranslator()} builtin={BUILTIN_PACKS} platform={browserPlatform}>
    <OptionsPage />
  </SettingsProvider>,
);
