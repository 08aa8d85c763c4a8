import { defineWebExtConfig } from 'wxt';

// `npm run dev` opens Debian's Chromium (WXT cannot download a browser here).
export default defineWebExtConfig({
  binaries: { chrome: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' },
});
