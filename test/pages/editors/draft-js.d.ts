// The few Draft.js types the test page uses (the package ships no types).
declare module 'draft-js' {
  import type { ComponentType } from 'react';

  export interface ContentState {
    getPlainText(delimiter?: string): string;
  }
  export class EditorState {
    static createEmpty(): EditorState;
    getCurrentContent(): ContentState;
  }
  export const Editor: ComponentType<{
    editorState: EditorState;
    onChange(state: EditorState): void;
    ariaLabel?: string;
    spellCheck?: boolean;
  }>;
}
