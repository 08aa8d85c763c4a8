import 'quill/dist/quill.core.css';
import Quill from 'quill';
import { expose } from './expose';

// Quill 2 (Slack's editor) with the core theme.
const element = document.createElement('div');
element.className = 'editor-box';
document.getElementById('root')!.append(element);
const quill = new Quill(element, {});
// Quill's text always ends with one '\n' for its last block.
const editor = expose('quill', () => quill.getText().replace(/\n$/, ''));
quill.on('text-change', () => {
  editor.changeCount++;
});
