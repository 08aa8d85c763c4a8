/** What every editor test page exposes to the tests as `window.__editor`. */
export interface TestEditor {
  /** The text as the editor's own model holds it, blocks separated by '\n'. */
  getText(): string;
  /** How many times the editor's own change handler fired. */
  changeCount: number;
  /** The editor kind this page mounts. */
  kind: string;
}

declare global {
  interface Window {
    __editor?: TestEditor;
  }
}

/** Publishes the page's editor for the tests and marks the page ready. */
export function expose(kind: string, getText: () => string): TestEditor {
  const editor: TestEditor = { kind, getText, changeCount: 0 };
  window.__editor = editor;
  document.documentElement.dataset.editorReady = 'true';
  return editor;
}
