/** A point in the DOM: a node and an offset inside it (as in Range.setStart). */
export interface DomPoint {
  node: Node;
  offset: number;
}

/** One stretch of the read text and where it lives in the DOM. */
export type TextSegment =
  | { kind: 'text'; start: number; end: number; node: Text }
  /** A '\n' between blocks or for a <br>: `before` is where the previous line ends, `after` where the next begins. */
  | { kind: 'break'; start: number; end: number; before: DomPoint; after: DomPoint };

/** The plain text of an editable root and the map from its offsets back to DOM points. */
export interface TextMap {
  text: string;
  segments: TextSegment[];
  root: Node;
}

/** Elements whose content starts and ends on its own line when rendered. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** True for elements that start a new line in the read text. */
export function isBlock(node: Node): node is Element {
  return node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName.toUpperCase());
}

/** Elements whose content is not part of the draft: UI inside editors, placeholders, zero-width fillers. */
function isSkipped(element: Element, root: Node): boolean {
  if (element === root) return false;
  const tag = element.tagName.toUpperCase();
  if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') return true;
  if (element.getAttribute('contenteditable') === 'false') return true;
  // Slate renders empty text as a zero-width span; Quill parks its cursor in .ql-cursor.
  if (element.hasAttribute('data-slate-zero-width') || element.hasAttribute('data-slate-placeholder')) return true;
  return element.classList.contains('ql-cursor') || element.classList.contains('ProseMirror-separator');
}

/** Nearest block ancestor of a node inside root (root itself when none). */
function blockOf(node: Node, root: Node): Node {
  let current = node.parentNode;
  while (current && current !== root && !isBlock(current)) current = current.parentNode;
  return current ?? root;
}

/** True when a node (or its subtree) contributes characters or line breaks. */
function hasContent(node: Node, root: Node): boolean {
  if (node.nodeType === 3) return ((node as Text).data ?? '').replace(/[\u200b\ufeff]/g, '').length > 0;
  if (node.nodeType !== 1) return false;
  const element = node as Element;
  if (isSkipped(element, root)) return false;
  const tag = element.tagName.toUpperCase();
  if (tag === 'BR' || tag === 'IMG') return true;
  for (const child of Array.from(element.childNodes)) if (hasContent(child, root)) return true;
  return false;
}

/** A <br> that only keeps an empty or ending line open (browsers and editors add one); it adds no text. */
function isPlaceholderBreak(br: Element, root: Node): boolean {
  const block = blockOf(br, root);
  let node: Node | null = br;
  while (node && node !== block) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (isBlock(next)) return true;
      if (hasContent(next, root)) return false;
    }
    node = node.parentNode;
  }
  return true;
}

/** The point right after the last character emitted so far, or the start of root. */
function lastPoint(segments: TextSegment[], root: Node): DomPoint {
  const last = segments[segments.length - 1];
  if (!last) return { node: root, offset: 0 };
  return last.kind === 'text' ? { node: last.node, offset: last.node.data.length } : last.after;
}

/**
 * Reads an editable root as plain text: blocks and <br> become '\n', placeholder breaks and editor UI are
 * skipped, non-breaking spaces read as spaces (same length, so offsets stay valid).
 */
export function mapText(root: Node): TextMap {
  const segments: TextSegment[] = [];
  let text = '';
  let pendingBreak = false;
  // Bumped whenever a line gets content or is materialised, so nested empty blocks make one line, not several.
  let events = 0;

  const emitBreak = (after: DomPoint) => {
    segments.push({
      kind: 'break',
      start: text.length,
      end: text.length + 1,
      before: lastPoint(segments, root),
      after,
    });
    text += '\n';
  };

  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (!data) return;
      if (pendingBreak) {
        emitBreak({ node, offset: 0 });
        pendingBreak = false;
      }
      segments.push({ kind: 'text', start: text.length, end: text.length + data.length, node: node as Text });
      text += data.replace(/\u00a0/g, ' ');
      events++;
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (isSkipped(element, root)) return;
    const tag = element.tagName.toUpperCase();
    if (tag === 'BR') {
      if (isPlaceholderBreak(element, root)) return;
      const parent = element.parentNode!;
      const index = Array.prototype.indexOf.call(parent.childNodes, element) as number;
      if (pendingBreak) {
        emitBreak({ node: parent, offset: index });
        pendingBreak = false;
      }
      emitBreak({ node: parent, offset: index + 1 });
      events++;
      return;
    }
    const block = element !== root && isBlock(element);
    if (block && events > 0) pendingBreak = true;
    const before = events;
    for (const child of Array.from(element.childNodes)) visit(child);
    if (block) {
      if (events === before) {
        // An empty block is still a line of its own.
        if (pendingBreak) emitBreak({ node: element, offset: 0 });
        events++;
      }
      pendingBreak = true;
    }
  };

  visit(root);
  return { text, segments, root };
}

/** The plain text of an editable root (blocks separated by '\n'). */
export function readText(root: Node): string {
  return mapText(root).text;
}

/** The DOM point for a text offset; `affinity` picks the earlier or later point where two meet. */
export function pointAt(map: TextMap, offset: number, affinity: 'start' | 'end' = 'start'): DomPoint {
  const clamped = Math.max(0, Math.min(offset, map.text.length));
  let fallback: DomPoint | null = null;
  for (const segment of map.segments) {
    if (clamped < segment.start || clamped > segment.end) continue;
    if (segment.kind === 'text') {
      const point = { node: segment.node, offset: clamped - segment.start };
      if (clamped === segment.end && affinity === 'start') {
        fallback ??= point;
        continue;
      }
      if (clamped === segment.start && affinity === 'end' && fallback) return fallback;
      return point;
    }
    if (clamped === segment.start) {
      fallback ??= segment.before;
      continue;
    }
    return segment.after;
  }
  if (fallback) return fallback;
  const root = map.root;
  if (map.segments.length === 0) {
    // An empty box: inside its first (empty) block when it has one, so typing lands in a paragraph.
    let first: Node = root;
    while (first.firstChild && first.firstChild.nodeType === 1 && isBlock(first.firstChild)) first = first.firstChild;
    return { node: first, offset: 0 };
  }
  return lastPoint(map.segments, root);
}

/** A DOM Range covering text offsets [start, end) of the map. */
export function rangeForOffsets(map: TextMap, start: number, end: number): Range {
  const document = (map.root.ownerDocument ?? map.root) as Document;
  const range = document.createRange();
  const from = pointAt(map, Math.min(start, end), 'start');
  const to = start === end ? from : pointAt(map, Math.max(start, end), 'end');
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The text offset of a DOM point inside root (for the caret), or null when the point is outside root. */
export function offsetOf(map: TextMap, point: DomPoint): number | null {
  const root = map.root;
  if (point.node !== root && !root.contains(point.node)) return null;
  for (const segment of map.segments) {
    if (segment.kind === 'text' && segment.node === point.node) return segment.start + point.offset;
  }
  // A point between nodes: count the text of every segment that lies before it in document order.
  const document = (root.ownerDocument ?? root) as Document;
  const probe = document.createRange();
  probe.setStart(point.node, point.offset);
  let offset = 0;
  for (const segment of map.segments) {
    const node = segment.kind === 'text' ? segment.node : segment.after.node;
    const nodeOffset = segment.kind === 'text' ? 0 : segment.after.offset;
    if (probe.comparePoint(node, nodeOffset) <= 0) {
      offset = segment.end;
    } else break;
  }
  return offset;
}

/** Text as editors may render it back: non-breaking spaces as spaces, CRLF as LF, no trailing newline. */
export function normalizeText(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/\r\n?/g, '\n')
    .replace(/\n+$/, '');
}
