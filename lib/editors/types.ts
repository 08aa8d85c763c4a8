/** Kinds of editor Tact can read and write, found by fingerprint (see lib/editors/detect.ts). */
export type EditorKind =
  | 'textarea'
  | 'input'
  | 'contenteditable'
  | 'prosemirror'
  | 'quill'
  | 'lexical'
  | 'draftjs'
  | 'slate'
  | 'ckeditor5'
  | 'tinymce';

/** What a write did: which rung of the ladder took it, or why every rung failed (the draft is then unchanged). */
export type WriteResult = { ok: true; method: string } | { ok: false; method: 'clipboard' | 'none'; error: string };

/** A reply box wrapped for reading and writing, whatever editor runs it. */
export interface EditorHandle {
  kind: EditorKind;
  /** The editable root the agent types into. */
  element: HTMLElement;
  /** The box's plain text, blocks separated by '\n' (offsets in findings refer to this text). */
  readText(): string;
  /** Replace the whole draft; one undo brings the previous draft back. */
  replaceAll(text: string): Promise<WriteResult>;
  /** Insert at the caret (or the end when the box has no caret). */
  insertAtCursor(text: string): Promise<WriteResult>;
  /** Replace readText().slice(start, end) with text. */
  replaceRange(start: number, end: number, text: string): Promise<WriteResult>;
  /** A DOM Range covering readText().slice(start, end), for highlights; null for fields (textarea/input). */
  rangeFor(start: number, end: number): Range | null;
  /** The draft as it was before the first write through this handle, or null when nothing was written. */
  originalText?(): string | null;
  /** Writes the original draft back (one undo step, like any write) and forgets it. */
  restoreOriginal?(): Promise<WriteResult>;
}
