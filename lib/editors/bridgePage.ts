import { BRIDGE_REQUEST, BRIDGE_RESPONSE, type BridgeRequest, type BridgeResponse, parseRequest } from './bridge';

// The few members of each editor's API the bridge uses, typed structurally (the page ships its own copy).

interface CkWriter {
  createDocumentFragment(): unknown;
  createElement(name: string): unknown;
  createText(data: string): unknown;
  insertText(data: string, parent: unknown, offset?: number | 'end'): void;
  append(item: unknown, parent: unknown): void;
  remove(range: unknown): void;
  createRangeIn(element: unknown): unknown;
  setSelection(target: unknown, place?: number | 'end'): void;
}
interface CkEditor {
  model: {
    change(callback: (writer: CkWriter) => void): void;
    insertContent(content: unknown, selectable?: unknown): unknown;
    document: { getRoot(name?: string): unknown; selection: { getFirstRange(): unknown } };
  };
  editing: {
    view: { domConverter: { domRangeToView(range: Range): unknown } };
    mapper: { toModelRange(range: unknown): unknown };
  };
}
interface TinyEditor {
  iframeElement?: HTMLIFrameElement | null;
  getBody(): HTMLElement;
  focus(): void;
  selection: { select(node: Node, content?: boolean): void };
  dom: { encode(text: string): string };
  undoManager: { transact(callback: () => void): unknown };
  insertContent(html: string): void;
}
interface LexicalPoint {
  key: string;
  offset: number;
  type: 'text' | 'element';
  set(key: string, offset: number, type: 'text' | 'element'): void;
}
interface LexicalSelection {
  anchor: LexicalPoint;
  focus: LexicalPoint;
  insertRawText(text: string): void;
  removeText(): void;
}
interface LexicalRoot {
  selectStart(): LexicalSelection;
  selectEnd(): LexicalSelection;
}
interface LexicalEditor {
  update(callback: () => void, options?: { tag?: string; discrete?: boolean }): void;
  _pendingEditorState: { _nodeMap: Map<string, unknown>; _selection: unknown } | null;
}

/** Lines of text; the first and last are inserted inline, the ones between as their own blocks. */
function lines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

/** CKEditor 5: one model.change is one undo step, and the editor's change:data and autosave see it. */
function ckeditorInsert(target: Element, request: BridgeRequest): BridgeResponse {
  const host = target.closest('.ck-editor__editable') as (Element & { ckeditorInstance?: CkEditor }) | null;
  const editor = host?.ckeditorInstance;
  if (!editor) return { id: request.id, ok: false, error: 'no CKEditor 5 instance' };
  if (request.op === 'probe') return { id: request.id, ok: true };
  const model = editor.model;
  const parts = lines(request.text);
  model.change((writer) => {
    if (request.all) {
      const root = model.document.getRoot();
      writer.remove(writer.createRangeIn(root));
      let last: unknown = null;
      for (const line of parts) {
        const paragraph = writer.createElement('paragraph');
        if (line) writer.insertText(line, paragraph);
        writer.append(paragraph, root);
        last = paragraph;
      }
      writer.setSelection(last, 'end');
      return;
    }
    const selection = target.ownerDocument.getSelection();
    const domRange = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    const viewRange = domRange ? editor.editing.view.domConverter.domRangeToView(domRange) : null;
    const range = viewRange ? editor.editing.mapper.toModelRange(viewRange) : model.document.selection.getFirstRange();
    let content: unknown;
    if (parts.length === 1) {
      content = writer.createText(parts[0] ?? '');
    } else {
      content = writer.createDocumentFragment();
      for (const line of parts) {
        const paragraph = writer.createElement('paragraph');
        if (line) writer.insertText(line, paragraph);
        writer.append(paragraph, content);
      }
    }
    model.insertContent(content, range);
  });
  return { id: request.id, ok: true };
}

/** TinyMCE: insertContent inside one undo transaction; the editor's change events fire. */
function tinymceInsert(target: Element, request: BridgeRequest): BridgeResponse {
  const view = target.ownerDocument.defaultView as (Window & { tinymce?: { get(): TinyEditor[] } }) | null;
  const editors = view?.tinymce?.get() ?? [];
  const editor = editors.find(
    (e) => e.iframeElement === target || e.getBody() === target || e.getBody().contains(target),
  );
  if (!editor) return { id: request.id, ok: false, error: 'no TinyMCE editor' };
  if (request.op === 'probe') return { id: request.id, ok: true };
  const html = lines(request.text)
    .map((line) => `<p>${line ? editor.dom.encode(line) : '<br>'}</p>`)
    .join('');
  const single = lines(request.text).length === 1;
  editor.undoManager.transact(() => {
    if (request.all) editor.selection.select(editor.getBody(), true);
    editor.insertContent(single ? editor.dom.encode(request.text) : html);
  });
  return { id: request.id, ok: true };
}

/**
 * Lexical: the page's own lexical copy owns the $-functions, so the bridge works through node methods of the
 * editor's pending state; 'history-push' makes the write its own undo step.
 */
function lexicalInsert(target: Element, request: BridgeRequest): BridgeResponse {
  const host = target.closest('[data-lexical-editor="true"]') as (Element & { __lexicalEditor?: LexicalEditor }) | null;
  const editor = host?.__lexicalEditor;
  if (!editor) return { id: request.id, ok: false, error: 'no Lexical editor' };
  if (request.op === 'probe') return { id: request.id, ok: true };
  let error: string | undefined;
  editor.update(
    () => {
      const state = editor._pendingEditorState;
      if (!state) {
        error = 'no pending state';
        return;
      }
      let selection: LexicalSelection | null = null;
      if (request.all) {
        const root = state._nodeMap.get('root') as LexicalRoot | undefined;
        if (!root) return;
        const end = root.selectEnd().focus;
        const endPoint = [end.key, end.offset, end.type] as const;
        selection = root.selectStart();
        selection.focus.set(...endPoint);
      } else {
        const current = state._selection as Partial<LexicalSelection> | null;
        if (current && typeof current.insertRawText === 'function') selection = current as LexicalSelection;
      }
      if (!selection) {
        error = 'no range selection';
        return;
      }
      if (request.text) selection.insertRawText(request.text);
      else selection.removeText();
    },
    { tag: 'history-push', discrete: true },
  );
  return error ? { id: request.id, ok: false, error } : { id: request.id, ok: true };
}

/** Handles one request event: validates it, calls the editor's API, answers on the same element. */
function onRequest(event: Event): void {
  const target = event.target;
  const request = parseRequest((event as CustomEvent).detail);
  if (!request || !target || (target as Node).nodeType !== 1) return;
  const element = target as Element;
  let response: BridgeResponse;
  try {
    if (request.kind === 'ckeditor5') response = ckeditorInsert(element, request);
    else if (request.kind === 'tinymce') response = tinymceInsert(element, request);
    else response = lexicalInsert(element, request);
  } catch (error) {
    response = { id: request.id, ok: false, error: String(error).slice(0, 500) };
  }
  const view = element.ownerDocument.defaultView ?? window;
  element.dispatchEvent(new view.CustomEvent(BRIDGE_RESPONSE, { detail: JSON.stringify(response) }));
}

const installed = new WeakSet<Document>();
/** Marks a document whose bridge is installed: each injection of the bridge's script is a new copy of this module. */
const INSTALLED = Symbol.for('tact.editorBridge');

/** Installs the page-world side of the bridge once per document; returns how to remove it. */
export function installEditorBridge(win: Window = window): () => void {
  const document = win.document as Document & { [INSTALLED]?: true };
  if (!installed.has(document) && !document[INSTALLED]) {
    installed.add(document);
    Object.defineProperty(document, INSTALLED, { value: true, configurable: true });
    document.addEventListener(BRIDGE_REQUEST, onRequest, true);
  }
  return () => {
    installed.delete(document);
    delete document[INSTALLED];
    document.removeEventListener(BRIDGE_REQUEST, onRequest, true);
  };
}
