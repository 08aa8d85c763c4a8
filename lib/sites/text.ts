import { BLOCK_TAGS as BLOCK } from '../editors/text';

/** Elements whose text is never shown as message text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT']);

/**
 * Plain text of a DOM subtree as it reads on screen: blocks on their own lines, whitespace collapsed.
 * innerText would do this in a browser, but it needs layout (happy-dom and detached clones have none).
 */
export function blockText(root: Node): string {
  const out: string[] = [];
  const newline = () => {
    if (out.length > 0 && out[out.length - 1] !== '\n') out.push('\n');
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const data = (node.nodeValue ?? '').replace(/[\s\u00a0]+/g, ' ');
      if (data) out.push(data);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const el = node as Element;
    const tag = el.nodeType === 1 ? el.tagName.toUpperCase() : '';
    if (SKIP.has(tag)) return;
    if (el.nodeType === 1 && (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true')) return;
    if (tag === 'BR') {
      out.push('\n');
      return;
    }
    if (tag === 'TEXTAREA' || tag === 'INPUT') {
      const value = (el as HTMLTextAreaElement).value ?? '';
      if (value) out.push(value);
      return;
    }
    const block = BLOCK.has(tag);
    if (block) newline();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) newline();
  };
  walk(root);
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Text with every run of whitespace made one space, for names and short labels. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}
