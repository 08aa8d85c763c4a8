import { createRoot } from 'react-dom/client';
import { PopupPage } from '@/components/popup/PopupPage';
import { SettingsProvider } from '@/components/settings/SettingsContext';
import '@/components/settings/pages.css';
import { uiLocale } from '@/components/settings/locale';
import { browserTranslator } from '@/lib/i18n/browser';
import { BUILTIN_PACKS } from '@/lib/packs/builtin';
import { createPopupApi } from './api';
import { browserPlatform } from '@/lib/settings/platform';
import { createSettingsStore } from '@/lib/settings/store';

const { store } = createSettingsStore();
const t = browserTranslator();
// Quotation marks and hyphenation follow the interface's language.
document.documentElement.lang = uiLocale();
void createPopupApi(store).then((api) =>
  createRoot(document.getElementById('root')!).render(
    <SettingsProvider store={store} t={t} builtin={BUILTIN_PACKS} platform={browserPlatform}>
      <PopupPage api={api} />
    </SettingsProvider>,
  ),
);
