import { registerHandlers } from '@/lib/background/handlers';
import { keepSiteScriptsInSync } from '@/lib/background/sites';

export default defineBackground(() => {
  registerHandlers();
  // Sites the agent turned on get the same content script the manifest gives the default hosts.
  keepSiteScriptsInSync('content-scripts/content.js', 'content-scripts/editor-bridge.js');
});
