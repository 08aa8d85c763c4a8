import { defineConfig } from 'wxt';
import { localeFiles } from './lib/i18n/messages';
import { DEFAULT_HOSTS } from './lib/settings/hosts';
import { MANAGED_SCHEMA } from './lib/settings/managedSchema';

/** Hosts where Tact runs without asking (defined with the site settings). */
export { DEFAULT_HOSTS };

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: 'managed_schema.json', contents: JSON.stringify(MANAGED_SCHEMA, null, 2) });
      files.push(...localeFiles());
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: DEFAULT_HOSTS,
    optional_host_permissions: ['*://*/*'],
    storage: { managed_schema: 'managed_schema.json' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tact@tact.example',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
