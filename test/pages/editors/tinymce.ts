// TinyMCE self-hosted from node_modules, bundled: its pieces register themselves when imported.
import tinymce from 'tinymce';
import 'tinymce/models/dom';
import 'tinymce/themes/silver';
import 'tinymce/icons/default';
import 'tinymce/skins/ui/oxide/skin.js';
import 'tinymce/skins/ui/oxide/content.js';
import 'tinymce/skins/content/default/content.js';
import { expose } from './expose';

const textarea = document.createElement('textarea');
textarea.id = 'reply';
document.getElementById('root')!.append(textarea);
const [mce] = await tinymce.init({
  target: textarea,
  license_key: 'gpl',
  menubar: false,
  toolbar: false,
  statusbar: false,
  promotion: false,
  height: 240,
  skin_url: 'default',
  content_css: 'default',
  // The editable body carries the reply-box class itself (it lives in its own iframe document).
  body_class: 'c-reply-editor',
  // TinyMCE's default leaves spell checking off (spellcheck="false"); Tact must coach it all the same.
});
if (!mce) throw new Error('TinyMCE did not start');
// Blocks as lines: TinyMCE's text getter joins paragraphs with blank lines.
const editor = expose('tinymce', () =>
  Array.from(mce.getBody().children)
    // biome-ignore lint/performance/useDomNodeTextContent: rendered text keeps <br> as a line break.
    .map((block) => (block as HTMLElement).innerText.replace(/\n$/, ''))
    .join('\n'),
);
mce.on('input change undo redo', () => {
  editor.changeCount++;
});
