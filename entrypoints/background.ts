import { PREBUILT_PACK_SETS } from 'virtual:tact-compiled-packs';
import { registerHandlers } from '@/lib/background/handlers';
import { injectEditorBridgeOnRequest } from '@/lib/background/editorBridge';
import { extensionModels } from '@/lib/background/models';
import { keepSiteScriptsInSync } from '@/lib/background/sites';
import { keepToolbarIconInStep } from '@/lib/background/toolbarIcon';
import { addPrebuiltPackSets } from '@/lib/packs/compile';

export default defineBackground(() => {
  // The built-in packs come compiled and the models as binary files, both from the build (#15).
  addPrebuiltPackSets(PREBUILT_PACK_SETS);
  registerHandlers(extensionModels());
  injectEditorBridgeOnRequest();
  // Sites the agent turned on get the same content script the manifest gives the default hosts.
  keepSiteScriptsInSync('content-scripts/content.js');
  // The toolbar icon shows, per tab, whether Tact is on for that site.
  keepToolbarIconInStep();
});
