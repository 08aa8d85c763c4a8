import 'froala-editor/css/froala_editor.pkgd.min.css';
import FroalaEditor from 'froala-editor';
import { expose } from './expose';

// Froala (Freshdesk's reply editor), unlicensed: the editor works and shows its licence notice.
const element = document.createElement('div');
element.className = 'editor-box';
document.getElementById('root')!.append(element);
let ready = false;
const froala: FroalaEditor = new FroalaEditor(element, {
  toolbarButtons: [],
  events: {
    initialized: () => {
      ready = true;
      expose('froala', () => (ready ? textOf(froala.el as HTMLElement) : ''));
    },
    contentChanged: () => {
      if (window.__editor) window.__editor.changeCount++;
    },
  },
});

/**
 * Froala keeps HTML, not a text model: its own html.get() read as blocks, one line per paragraph. An unlicensed
 * copy on a host other than localhost adds a "Powered by Froala" paragraph (data-f-id="pbf"): not the draft.
 */
function textOf(_el: HTMLElement): string {
  const doc = new DOMParser().parseFromString(`<body>${froala.html.get()}</body>`, 'text/html');
  const blocks = Array.from(doc.body.children).filter((b) => b.getAttribute('data-f-id') !== 'pbf');
  if (blocks.length === 0) return doc.body.textContent ?? '';
  return blocks.map((b) => (b.textContent ?? '').replace(/\u200b/g, '')).join('\n');
}
