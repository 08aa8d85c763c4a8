import { installEditorBridge } from '@/lib/editors/bridgePage';
import { deepActiveElement, detectEditor, getEditorHandle, mapText } from '@/lib/editors/index';
import { rangeForOffsets } from '@/lib/editors/text';

// What the browser tests call: lib/editors as the content script would use it, plus the page-world bridge.
let uninstallBridge = (): void => {};
const api = {
  getEditorHandle,
  detectEditor,
  deepActiveElement,
  mapText,
  rangeForOffsets,
  /** Removes the page-world bridge, so writes must take the ladder's lower rungs. */
  removeBridge: () => uninstallBridge(),
};

/** lib/editors as the browser tests see it (window.__tact). */
export type TactTestApi = typeof api;

declare global {
  interface Window {
    __tact?: TactTestApi;
  }
}

uninstallBridge = installEditorBridge(window);
window.__tact = api;
