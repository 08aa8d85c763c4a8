import { detectEditor } from './detect';
import { ckeditor5Driver } from './drivers/ckeditor5';
import { contenteditableDriver } from './drivers/contenteditable';
import type { Driver } from './drivers/driver';
import { draftjsDriver } from './drivers/draftjs';
import { fieldDriver } from './drivers/field';
import { lexicalDriver } from './drivers/lexical';
import { prosemirrorDriver } from './drivers/prosemirror';
import { quillDriver } from './drivers/quill';
import { slateDriver } from './drivers/slate';
import { tinymceDriver } from './drivers/tinymce';
import { runLadder, type WriteTarget } from './ladder';
import { editableTarget, fieldTarget } from './targets';
import { mapText, rangeForOffsets } from './text';
import type { EditorHandle, EditorKind, WriteResult } from './types';

export { deepActiveElement, detectEditor } from './detect';
export { mapText, readText } from './text';
export type { EditorHandle, EditorKind, WriteResult } from './types';

const DRIVERS: readonly Driver[] = [
  fieldDriver,
  contenteditableDriver,
  prosemirrorDriver,
  quillDriver,
  draftjsDriver,
  slateDriver,
  ckeditor5Driver,
  lexicalDriver,
  tinymceDriver,
];

/** The driver for an editor kind. */
export function driverFor(kind: EditorKind): Driver {
  const driver = DRIVERS.find((d) => d.kinds.includes(kind));
  if (!driver) throw new Error(`no driver for ${kind}`);
  return driver;
}

const handles = new WeakMap<HTMLElement, EditorHandle>();

/** Remembers the last selection inside a contenteditable, since clicking the panel may move focus away. */
function trackSelection(target: WriteTarget): () => { start: number; end: number } | null {
  let last: { start: number; end: number } | null = null;
  const document = target.element.ownerDocument;
  const onChange = () => {
    if (!target.element.isConnected) {
      document.removeEventListener('selectionchange', onChange);
      return;
    }
    last = target.selection() ?? last;
  };
  document.addEventListener('selectionchange', onChange);
  return () => target.selection() ?? last;
}

/** Wraps the editor that el belongs to (el may be inside it, or TinyMCE's iframe); null when el is no text box. */
export function getEditorHandle(el: Element): EditorHandle | null {
  const found = detectEditor(el);
  if (!found) return null;
  const cached = handles.get(found.root);
  if (cached && cached.kind === found.kind) return cached;
  const { kind, root } = found;
  const isField = kind === 'textarea' || kind === 'input';
  const target = isField ? fieldTarget(root as HTMLTextAreaElement | HTMLInputElement) : editableTarget(root);
  const caret = isField ? () => target.selection() : trackSelection(target);
  const driver = driverFor(kind);
  let original: string | null = null;
  // One write at a time: a second apply waits for the first to finish reading back.
  let queue: Promise<unknown> = Promise.resolve();

  const write = (start: number, end: number, text: string, all: boolean): Promise<WriteResult> => {
    const run = async () => {
      const before = target.read();
      const result = await runLadder(target, driver.rungs(root), { start, end, text, all });
      if (result.ok && original === null && result.method !== 'unchanged') original = before;
      return result;
    };
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };

  const handle: EditorHandle = {
    kind,
    element: root,
    readText: () => target.read(),
    replaceAll: (text) => write(0, 0, text, true),
    insertAtCursor(text) {
      const length = target.read().length;
      const at = caret() ?? { start: length, end: length };
      return write(at.start, at.end, text, false);
    },
    replaceRange(start, end, text) {
      const length = target.read().length;
      const from = Math.max(0, Math.min(start, end, length));
      const to = Math.min(Math.max(start, end), length);
      return write(from, to, text, false);
    },
    rangeFor: (start, end) => (isField ? null : rangeForOffsets(mapText(root), start, end)),
    originalText: () => original,
    async restoreOriginal() {
      if (original === null) return { ok: false, method: 'none', error: 'nothing to restore' };
      const text = original;
      const result = await write(0, 0, text, true);
      if (result.ok) original = null;
      return result;
    },
  };
  handles.set(root, handle);
  return handle;
}
