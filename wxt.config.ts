import { defineConfig } from 'wxt';

// Hosts where Tact runs without asking: the webmail and helpdesk apps agents answer customers in.
export const DEFAULT_HOSTS = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://*.zendesk.com/*',
  'https://*.freshdesk.com/*',
  'https://secure.helpscout.net/*',
  'https://app.intercom.com/*',
  'https://app.frontapp.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Tact',
    description:
      'Coaches customer-support replies as you write: tone, scenario and a better reply. Nothing leaves your browser.',
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: DEFAULT_HOSTS,
    optional_host_permissions: ['*://*/*'],
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
