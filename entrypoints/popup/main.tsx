import { createRoot } from 'react-dom/client';
import { PopupPage } from '@/components/popup/PopupPage';
import { SettingsProvider } from '@/components/settings/SettingsContext';
import '@/components/settings/pages.css';
import { resolveUiLanguage } from '@/lib/i18n/browser';
import { tableTranslator } from '@/lib/i18n/messages';
import { PACK_INDEX } from 'virtual:tact-pack-index';
import { createPopupApi } from './api';
import { browserPlatform } from '@/lib/settings/platform';
import { createSettingsStore } from '@/lib/settings/store';

const { store } = createSettingsStore();
void createPopupApi(store).then((api) => {
  const t = tableTranslator(resolveUiLanguage(store.getState().settings.uiLanguage));
  // Quotation marks and hyphenation follow the interface's language.
  document.documentElement.lang = t.lang;
  createRoot(document.getElementById('root')!).render(
    <SettingsProvider store={store} t={t} builtin={PACK_INDEX} platform={browserPlatform}>
      <PopupPage api={api} />
    </SettingsProvider>,
  );
});
