import type { EditorHandle, EditorKind } from '@/lib/editors/types';
import { sendMessage } from '@/lib/messaging/protocol';

/** Editors whose own API Tact reaches through the page-world bridge. */
const NEEDS_BRIDGE: ReadonlySet<EditorKind> = new Set<EditorKind>(['ckeditor5', 'tinymce', 'lexical']);

/**
 * Asks the background for the page-world editor bridge the first time a box in a document needs it (once per
 * document; asked again after a failure).
 */
export function editorBridgeOnDemand(win: Window = window): (handle: EditorHandle) => Promise<void> {
  const asked = new WeakMap<Document, Promise<void>>();
  return (handle) => {
    if (!NEEDS_BRIDGE.has(handle.kind)) return Promise.resolve();
    const doc = handle.element.ownerDocument;
    let ready = asked.get(doc);
    if (!ready) {
      ready = sendMessage('injectEditorBridge', { allFrames: doc !== win.document }).then(
        () => {},
        (error: unknown) => {
          asked.delete(doc);
          throw error;
        },
      );
      asked.set(doc, ready);
    }
    return ready;
  };
}
