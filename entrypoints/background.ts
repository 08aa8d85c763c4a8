import { registerHandlers } from '@/lib/background/handlers';
import { injectEditorBridgeOnRequest } from '@/lib/background/editorBridge';
import { keepSiteScriptsInSync } from '@/lib/background/sites';

export default defineBackground(() => {
  registerHandlers();
  injectEditorBridgeOnRequest();
  // Sites the agent turned on get the same content script the manifest gives the default hosts.
  keepSiteScriptsInSync('content-scripts/content.js');
});
