import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { expose } from './expose';

// TipTap over ProseMirror.
const element = document.createElement('div');
element.className = 'editor-box';
document.getElementById('root')!.append(element);
const tiptap = new Editor({ element, extensions: [StarterKit] });
const editor = expose('prosemirror', () => tiptap.getText({ blockSeparator: '\n' }));
tiptap.on('update', () => {
  editor.changeCount++;
});
