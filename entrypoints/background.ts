import { registerHandlers } from '@/lib/background/handlers';
import { injectEditorBridgeOnRequest } from '@/lib/background/editorBridge';
import { keepSiteScriptsInSync } from '@/lib/background/sites';
import { keepToolbarIconInStep } from '@/lib/background/toolbarIcon';

export default defineBackground(() => {
  registerHandlers();
  injectEditorBridgeOnRequest();
  // Sites the agent turned on get the same content script the manifest gives the default hosts.
  keepSiteScriptsInSync('content-scripts/content.js');
  // The toolbar icon shows, per tab, whether Tact is on for that site.
  keepToolbarIconInStep();
});
