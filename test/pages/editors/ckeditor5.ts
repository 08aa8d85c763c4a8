import 'ckeditor5/ckeditor5.css';
import { ClassicEditor, Essentials, Paragraph } from 'ckeditor5';
import { expose } from './expose';

// CKEditor 5 (the editor Zendesk's agent workspace uses), free under the GPL license key.
const host = document.createElement('div');
document.getElementById('root')!.append(host);
const ck = await ClassicEditor.create(host, { licenseKey: 'GPL', plugins: [Essentials, Paragraph], toolbar: [] });
const root = ck.model.document.getRoot()!;
const editor = expose('ckeditor5', () =>
  Array.from(root.getChildren())
    .map((block) =>
      block.is('element')
        ? Array.from(block.getChildren())
            .map((node) => (node.is('$text') ? node.data : node.is('element', 'softBreak') ? '\n' : ''))
            .join('')
        : '',
    )
    .join('\n'),
);
ck.model.document.on('change:data', () => {
  editor.changeCount++;
});
