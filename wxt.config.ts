import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { localeFiles } from './lib/i18n/messages';
import { compiledPacksPlugin } from './lib/build/compiledPacks';
import { modelFilesPlugin } from './lib/build/modelFiles';
import { packIndexPlugin } from './lib/build/packIndex';
import { DEFAULT_HOSTS } from './lib/settings/hosts';
import { MANAGED_SCHEMA } from './lib/settings/managedSchema';

/** Hosts where Tact runs without asking (defined with the site settings). */
export { DEFAULT_HOSTS };

export default defineConfig({
  // The UI is written with React's API and rendered by Preact: the maintained preset compiles JSX for Preact and
  // points react and react-dom at preact/compat, in every entrypoint's build (docs/ARCHITECTURE.md, UI stack).
  // The pages' pack index, and for the service worker the built-in packs compiled and the models as binary files.
  vite: () => ({ plugins: [preact(), packIndexPlugin(), compiledPacksPlugin(), modelFilesPlugin()] }),
  // The sources archive Firefox's add-on review rebuilds the add-on from: the code, its data and the build files;
  // not the tests (whose built editor pages bundle third-party code), the benchmarks or the store screenshots.
  zip: { excludeSources: ['test/**', 'bench/**', 'docs/store/**'] },
  hooks: {
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser !== 'firefox') {
        files.push({ relativeDest: 'managed_schema.json', contents: JSON.stringify(MANAGED_SCHEMA, null, 2) });
      }
      files.push(...localeFiles());
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting'],
    // Rendered from lib/build/icons/*.svg by `npm run icons` (#15); WXT lists public/icon/<size>.png as the icons.
    action: { default_icon: { 16: 'icon/16.png', 24: 'icon/24.png', 32: 'icon/32.png' } },
    host_permissions: DEFAULT_HOSTS,
    optional_host_permissions: ['*://*/*'],
    // Chrome's managed-storage schema; Firefox has no such manifest key (its policies need no schema).
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tact@tact.example',
              // data_collection_permissions (no data collected) is understood from Firefox 140 (an ESR) on,
              // Firefox for Android from 142.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
