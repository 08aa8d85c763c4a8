import { blockText } from './text';
import type { DraftRegion } from './types';

/** The whole text minus surrounding whitespace: the draft when nothing is excluded. */
export function wholeRegion(text: string): DraftRegion {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return end > start ? { start, end } : { start: 0, end: 0 };
}

/** The offset in text just after `count` non-whitespace characters. */
function offsetAfterVisible(text: string, count: number): number {
  if (count <= 0) return 0;
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (!/\s/.test(text[i] ?? '')) {
      seen++;
      if (seen === count) return i + 1;
    }
  }
  return text.length;
}

/**
 * The draft region of a rich reply box whose quoted text and signature are the given elements: everything
 * before the first of them. The box's text comes from the editor driver, whose line breaks may differ from
 * ours, so the cut is found by counting visible (non-whitespace) characters, which both serialisations share.
 */
export function regionBefore(box: HTMLElement, text: string, excluded: readonly Element[]): DraftRegion {
  const inside = excluded.filter((el) => el !== box && box.contains(el));
  if (inside.length === 0) return textRegion(text);
  const first = inside.reduce((a, b) => (a.compareDocumentPosition(b) & 2 ? b : a));
  const range = box.ownerDocument.createRange();
  range.setStart(box, 0);
  range.setEndBefore(first);
  const before = blockText(range.cloneContents()).replace(/\s/g, '').length;
  const end = offsetAfterVisible(text, before);
  return wholeRegion(text.slice(0, end));
}

/** Lines that start quoted text or a signature in plain text (mail clients in en, et, lv, ru). */
const PLAIN_CUTS: readonly RegExp[] = [
  /^-- ?$/m,
  /^_{8,}\s*$/m,
  /^-{2,}\s*(Original Message|Algne kiri|Sākotnējā ziņa|Исходное сообщение)\s*-{2,}/im,
  /^.{0,200}\b(wrote|kirjutas|rakstīja|написал[а]?|пишет):\s*$/m,
  /^(From|Saatja|No|От):\s.+$\n^(Sent|Saadetud|Nosūtīts|Отправлено):/im,
  /^>.*$(\n^>.*$)*\s*$/m,
];

/** The draft region of plain text: everything before the first quote header, quoted lines or signature marker. */
export function textRegion(text: string): DraftRegion {
  let end = text.length;
  for (const cut of PLAIN_CUTS) {
    const match = cut.exec(text);
    if (match && match.index > 0 && match.index < end) end = match.index;
  }
  return wholeRegion(text.slice(0, end));
}
