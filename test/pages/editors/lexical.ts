import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerPlainText } from '@lexical/plain-text';
import { mergeRegister } from '@lexical/utils';
import { $getRoot, createEditor } from 'lexical';
import { expose } from './expose';

// Lexical with plain text and history, as in its vanilla example.
const element = document.createElement('div');
element.id = 'editor';
element.contentEditable = 'true';
document.getElementById('root')!.append(element);
const lexical = createEditor({
  namespace: 'tact-test',
  onError: (error) => {
    throw error;
  },
});
lexical.setRootElement(element);
const editor = expose('lexical', () => lexical.getEditorState().read(() => $getRoot().getTextContent()));
mergeRegister(
  registerPlainText(lexical),
  registerHistory(lexical, createEmptyHistoryState(), 300),
  lexical.registerTextContentListener(() => {
    editor.changeCount++;
  }),
);
