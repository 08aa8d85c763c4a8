import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readSettings, watchSettings } from '@/lib/settings/read';

/**
 * Runs start while the agent has not turned Tact off for this site, and stop when they do (settings change in
 * any tab). Where the script runs at all is decided by the manifest and the sites the agent turned on, so only
 * the "off" list matters here. Unreadable settings never keep Tact from starting.
 */
export function whileSiteEnabled(ctx: ContentScriptContext, start: () => void, stop: () => void): void {
  const origin = window.location.origin;
  const apply = () =>
    readSettings().then(
      ({ settings }) => {
        if (!ctx.isValid) return;
        if (settings.sites.disabled.includes(origin)) stop();
        else start();
      },
      () => ctx.isValid && start(),
    );
  void apply();
  ctx.onInvalidated(watchSettings(() => void apply()));
}
