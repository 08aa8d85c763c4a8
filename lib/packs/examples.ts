/**
 * Rule examples mark what the rule flags with double brackets: `'Please [[calm down]], sir.'` says the rule
 * fires on that sentence and flags exactly "calm down" (issue #12: examples that prove something). The brackets
 * are not part of the sentence: every reader of an example goes through these helpers.
 */

/** Opening and closing span markers inside an example. */
export const SPAN_OPEN = '[[';
export const SPAN_CLOSE = ']]';

/** A marked span, in offsets of the example's plain text. */
export interface ExampleSpan {
  start: number;
  end: number;
}

/** An example read: its plain text and the spans it marks (empty when it marks none). */
export interface ReadExample {
  text: string;
  spans: ExampleSpan[];
}

/**
 * Reads a marked example. Throws an Error naming the problem when the markers are unbalanced, nested or
 * empty, so a pack with a broken example is refused by the schema rather than tested wrongly.
 */
export function readExample(marked: string): ReadExample {
  let text = '';
  const spans: ExampleSpan[] = [];
  let open = -1;
  let i = 0;
  while (i < marked.length) {
    if (marked.startsWith(SPAN_OPEN, i)) {
      if (open >= 0) throw new Error('a "[[" inside another marked span');
      open = text.length;
      i += SPAN_OPEN.length;
    } else if (marked.startsWith(SPAN_CLOSE, i)) {
      if (open < 0) throw new Error('a "]]" with no "[[" before it');
      if (text.length === open) throw new Error('an empty marked span "[[]]"');
      spans.push({ start: open, end: text.length });
      open = -1;
      i += SPAN_CLOSE.length;
    } else {
      text += marked[i];
      i++;
    }
  }
  if (open >= 0) throw new Error('a "[[" with no "]]" after it');
  return { text, spans };
}

/** The plain text of a marked example. */
export function exampleText(marked: string): string {
  return marked.includes(SPAN_OPEN) || marked.includes(SPAN_CLOSE) ? readExample(marked).text : marked;
}

/** An example with the given spans marked (the inverse of readExample). */
export function markExample(text: string, spans: readonly ExampleSpan[]): string {
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    out += `${text.slice(at, s.start)}${SPAN_OPEN}${text.slice(s.start, s.end)}${SPAN_CLOSE}`;
    at = s.end;
  }
  return out + text.slice(at);
}
