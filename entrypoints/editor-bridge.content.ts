import { installEditorBridge } from '@/lib/editors/bridgePage';
import { DEFAULT_HOSTS } from '@/lib/settings/hosts';

// The page-world half of lib/editors/bridge.ts: CKEditor 5, TinyMCE and Lexical keep their APIs in the page's
// JavaScript world, which the isolated content script cannot see. Same hosts and frames as the content script.
export default defineContentScript({
  matches: DEFAULT_HOSTS,
  allFrames: true,
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installEditorBridge(window);
  },
});
