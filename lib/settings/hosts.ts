import { MatchPattern } from 'wxt/utils/match-patterns';

/** Hosts where Tact runs without asking: the webmail and helpdesk apps agents answer customers in. */
export const DEFAULT_HOSTS = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://outlook.cloud.microsoft/*',
  'https://*.zendesk.com/*',
  'https://*.freshdesk.com/*',
  'https://secure.helpscout.net/*',
  'https://app.intercom.com/*',
  'https://app.frontapp.com/*',
];

/** Whether Tact runs on a URL by default (without the agent turning it on). */
export function isDefaultHost(url: string): boolean {
  return DEFAULT_HOSTS.some((p) => new MatchPattern(p).includes(url));
}

/** Whether Tact should run on a URL: on by default or turned on by the agent, and not turned off. */
export function isSiteEnabled(url: string, sites: { enabled: string[]; disabled: string[] }): boolean {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return false;
  }
  if (sites.disabled.includes(origin)) return false;
  return isDefaultHost(url) || sites.enabled.includes(origin);
}
