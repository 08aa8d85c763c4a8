import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT's content-script context without its page-visible handshake. WXT announces each start to the page
 * (a `postMessage` and a DOM event) and tears a script down when it sees that announcement with another id;
 * the page can send the same event, so any page could switch Tact off (#13). This context ends only when the
 * extension itself goes away (an update or removal leaves `browser.runtime.id` undefined), which WXT's own
 * validity check notices on every timer tick.
 */
export class OwnContext extends ContentScriptContext {
  /** Says nothing to the page when starting. */
  override stopOldScripts(): void {}
  /** Listens to nothing the page can send. */
  override listenForNewerScripts(): void {}
}
