import { isDefaultHost } from '../settings/hosts';
import type { SiteRules } from '../settings/types';

/** The toolbar icon in each state, by size (public/icon, rendered from lib/build/icons by `npm run icons`). */
export const TOOLBAR_ICONS = {
  on: { 16: 'icon/16.png', 24: 'icon/24.png', 32: 'icon/32.png' },
  off: { 16: 'icon/off-16.png', 24: 'icon/off-24.png', 32: 'icon/off-32.png' },
} as const;

/** Whether Tact runs on a tab's page. */
export type ToolbarState = keyof typeof TOOLBAR_ICONS;

/** The origin of a web page's URL, or null for anything else (new tab, browser and extension pages, files). */
export function webOrigin(url: string | undefined): string | null {
  if (!url || !/^https?:/.test(url)) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * On where the content script runs: a default host, or a site the agent turned on whose permission the browser
 * still grants, unless the agent (or policy) turned the site off. A tab whose address the extension may not read
 * (no host permission) is a site Tact has no access to: off.
 */
export function toolbarState(url: string | undefined, sites: SiteRules, granted: boolean): ToolbarState {
  const origin = webOrigin(url);
  if (origin === null || sites.disabled.includes(origin)) return 'off';
  if (isDefaultHost(url as string)) return 'on';
  return sites.enabled.includes(origin) && granted ? 'on' : 'off';
}
