import { expose } from './expose';

// A plain contenteditable reply box (like Gmail's): the DOM is its own model.
const root = document.getElementById('root')!;
const box = document.createElement('div');
box.id = 'editor';
box.contentEditable = 'true';
box.setAttribute('role', 'textbox');
box.setAttribute('aria-multiline', 'true');
root.append(box);

/**
 * The box's lines as Chrome's editing writes them: leading inline text, then one <div> per line (an empty line is
 * <div><br></div>), <br> as a line break. Independent of lib/editors' reader, which the tests check against it.
 */
function lines(): string {
  const out: string[] = [];
  let inline: string | null = null;
  for (const node of Array.from(box.childNodes)) {
    if (node.nodeName === 'DIV' || node.nodeName === 'P') {
      if (inline !== null) out.push(inline);
      inline = null;
      out.push(node.textContent ?? '');
    } else if (node.nodeName === 'BR') {
      out.push(inline ?? '');
      inline = null;
    } else {
      inline = (inline ?? '') + (node.textContent ?? '');
    }
  }
  if (inline !== null) out.push(inline);
  return out.join('\n').replace(/\u00a0/g, ' ');
}

const editor = expose('contenteditable', lines);
box.addEventListener('input', () => {
  editor.changeCount++;
});
