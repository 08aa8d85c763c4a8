import { freshdesk } from './freshdesk';
import { front } from './front';
import { generic } from './generic';
import { gmail } from './gmail';
import { helpscout } from './helpscout';
import { intercom } from './intercom';
import { outlook } from './outlook';
import type { SiteAdapter, SiteLocation } from './types';
import { zendesk } from './zendesk';

/** Every site adapter, most specific first; the generic one is the fallback and is not listed. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [gmail, outlook, zendesk, freshdesk, helpscout, intercom, front];

/** The adapter for a page: by hostname first, then by page markers (custom domains), else the generic one. */
export function adapterFor(location: SiteLocation, doc: Document): SiteAdapter {
  return (
    SITE_ADAPTERS.find((a) => a.matches(location)) ??
    SITE_ADAPTERS.find((a) => a.matches({ hostname: '' }, doc)) ??
    generic
  );
}

export { generic };
export type { CustomerMessage, DraftRegion, SiteAdapter, SiteLocation } from './types';
