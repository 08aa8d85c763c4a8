import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging/protocol';
import type { Platform } from './types';

/** The browser side of what the popup and options pages ask for. */
export const browserPlatform: Platform = {
  requestOrigin: (origin) => browser.permissions.request({ origins: [`${origin}/*`] }),
  download(fileName, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  },
  copy: (text) => navigator.clipboard.writeText(text),
  previewTemplate: (packId, template) => sendMessage('previewTemplate', { packId, template }),
};
