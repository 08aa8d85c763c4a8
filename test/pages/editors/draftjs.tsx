import 'draft-js/dist/Draft.css';
import { Editor, EditorState } from 'draft-js';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { expose } from './expose';

// Draft.js (Kustomer's editor) under React; its ContentState is the model. Spell checking on, as in a reply box.
let state = EditorState.createEmpty();
const editor = expose('draftjs', () => state.getCurrentContent().getPlainText('\n'));

function Reply() {
  const [editorState, setEditorState] = useState(state);
  state = editorState;
  const onChange = (next: EditorState) => {
    if (next.getCurrentContent() !== state.getCurrentContent()) editor.changeCount++;
    state = next;
    setEditorState(next);
  };
  return (
    <div className="editor-box">
      <Editor editorState={editorState} onChange={onChange} ariaLabel="Reply" />
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<Reply />);
