import { baseKeymap } from '@tiptap/pm/commands';
import { history, redo, undo } from '@tiptap/pm/history';
import { keymap } from '@tiptap/pm/keymap';
import { Schema } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { EditorView } from '@tiptap/pm/view';
import { expose } from './expose';

// ProseMirror set up as a chat composer (Intercom, Front): paragraphs and hard breaks only, Enter sends the
// message (here: counts a send), Shift+Enter starts a new paragraph, history with Mod-z.
const schema = new Schema({
  nodes: {
    doc: { content: 'paragraph+' },
    paragraph: { content: 'text*', toDOM: () => ['p', 0], parseDOM: [{ tag: 'p' }] },
    text: {},
  },
});
let sends = 0;
const send = () => {
  sends++;
  document.documentElement.dataset.sends = String(sends);
  return true;
};
const element = document.createElement('div');
element.className = 'editor-box inbox2__composer__container';
document.getElementById('root')!.append(element);
const view = new EditorView(element, {
  state: EditorState.create({
    schema,
    plugins: [
      history(),
      keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo, Enter: send, 'Shift-Enter': baseKeymap.Enter! }),
      keymap(baseKeymap),
    ],
  }),
  attributes: { role: 'textbox', 'aria-multiline': 'true', translate: 'no' },
  dispatchTransaction(tr) {
    view.updateState(view.state.apply(tr));
    if (tr.docChanged) editor.changeCount++;
  },
});
const editor = expose('prosemirror', () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'));
