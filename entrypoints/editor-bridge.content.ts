import { installEditorBridge } from '@/lib/editors/bridgePage';
import { DEFAULT_HOSTS } from '@/lib/settings/hosts';

// The page-world half of lib/editors/bridge.ts: CKEditor 5, TinyMCE and Lexical keep their APIs in the page's
// JavaScript world, which the isolated content script cannot see. Not in the manifest: the background injects
// it on demand, into the one frame whose coached box is such an editor (lib/background/editorBridge.ts), instead
// of into every frame of every default host at document start (#13).
export default defineContentScript({
  matches: DEFAULT_HOSTS,
  registration: 'runtime',
  world: 'MAIN',
  main() {
    installEditorBridge(window);
  },
});
