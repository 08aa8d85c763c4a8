import { useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, type Descendant, Editor, Node } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, Slate, withReact } from 'slate-react';
import { expose } from './expose';

// Slate with React and history; its node tree is the model.
const initial: Descendant[] = [{ type: 'paragraph', children: [{ text: '' }] } as Descendant];
let model: Editor | null = null;
const editor = expose('slate', () => (model ? model.children.map((n) => Node.string(n)).join('\n') : ''));

function Reply() {
  const slate = useMemo(() => withHistory(withReact(createEditor())), []);
  model = slate;
  return (
    <Slate
      editor={slate}
      initialValue={initial}
      onValueChange={() => {
        editor.changeCount++;
      }}
    >
      <Editable className="editor-box" aria-label="Reply" />
    </Slate>
  );
}

// Keep the Editor import used for its type only.
void Editor;
createRoot(document.getElementById('root')!).render(<Reply />);
