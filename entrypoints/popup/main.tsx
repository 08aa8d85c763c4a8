import { createRoot } from 'react-dom/client';
import { PopupPage } from '@/components/popup/PopupPage';
import { SettingsProvider } from '@/components/settings/SettingsContext';
import '@/components/settings/pages.css';
import { resolveUiLanguage } from '@/lib/i18n/browser';
import { tableTranslator } from '@/lib/i18n/messages';
import { PACK_INDEX } from 'virtual:tact-pack-index/popup';
import { createPopupApi } from './api';
import { browserPlatform } from '@/lib/settings/platform';
import { createSettingsStore } from '@/lib/settings/store';

// The popup draws at once, from the defaults and the build's pack index; the settings, the tab and the reply box
// fill in as they arrive (#15).
const { store } = createSettingsStore();
const api = createPopupApi(store);
const root = createRoot(document.getElementById('root')!);
const render = () => {
  const t = tableTranslator(resolveUiLanguage(store.getState().settings.uiLanguage));
  // Quotation marks and hyphenation follow the interface's language.
  document.documentElement.lang = t.lang;
  root.render(
    <SettingsProvider store={store} t={t} builtin={PACK_INDEX} platform={browserPlatform}>
      <PopupPage api={api} />
    </SettingsProvider>,
  );
};
render();
store.subscribe((now, before) => now.settings.uiLanguage !== before.settings.uiLanguage && render());
