// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { mapText, normalizeText, offsetOf, pointAt, rangeForOffsets, readText } from '../../../lib/editors/text';

/** An editable root built from HTML (test input only). */
function box(html: string): HTMLElement {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

describe('readText', () => {
  test.each([
    ['inline text', 'Hello <b>there</b>', 'Hello there'],
    ['paragraphs', '<p>one</p><p>two</p>', 'one\ntwo'],
    ['empty paragraph is a blank line', '<p>one</p><p><br></p><p>two</p>', 'one\n\ntwo'],
    ['leading empty paragraph', '<p><br></p><p>two</p>', '\ntwo'],
    ['a single empty paragraph is empty', '<p><br></p>', ''],
    ['two empty paragraphs', '<p><br></p><p><br></p>', '\n'],
    ['br inside a line', '<p>one<br>two</p>', 'one\ntwo'],
    ['ProseMirror trailing break', '<p>one<br class="ProseMirror-trailingBreak"></p>', 'one'],
    ['Gmail-style divs', 'first<div>second</div><div><br></div><div>fourth</div>', 'first\nsecond\n\nfourth'],
    [
      'Draft.js nested blocks',
      '<div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">a</span></span></div></div><div data-block="true"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div><div data-block="true"><div><span><span data-text="true">c</span></span></div></div></div>',
      'a\n\nc',
    ],
    ['non-editable UI is skipped', '<p>a<span contenteditable="false">[widget]</span>b</p>', 'ab'],
    ['Slate zero-width filler is skipped', '<p><span data-slate-zero-width="n">\ufeff<br></span></p><p>b</p>', '\nb'],
    ['nbsp reads as space', 'a&nbsp;b', 'a b'],
  ])('%s', (_name, html, expected) => {
    expect(readText(box(html))).toBe(expected);
  });
});

describe('offset mapping', () => {
  test('rangeFor covers exactly the text slice, across blocks', () => {
    const root = box('<p>Calm <b>down</b> now.</p><p><br></p><p>We can help.</p>');
    const map = mapText(root);
    expect(map.text).toBe('Calm down now.\n\nWe can help.');
    for (const [start, end] of [
      [0, 4],
      [5, 9],
      [3, 12],
      [10, 20],
      [0, map.text.length],
    ] as const) {
      expect(rangeForOffsets(map, start, end).toString().replace(/\n/g, '')).toBe(
        map.text.slice(start, end).replace(/\n/g, ''),
      );
    }
  });

  test('offsetOf inverts pointAt for every offset', () => {
    const root = box('<p>ab <i>cd</i></p><p><br></p><p>ef<br>gh</p>');
    const map = mapText(root);
    expect(map.text).toBe('ab cd\n\nef\ngh');
    for (let offset = 0; offset <= map.text.length; offset++) {
      for (const affinity of ['start', 'end'] as const) {
        expect(offsetOf(map, pointAt(map, offset, affinity))).toBe(offset);
      }
    }
  });

  test('an empty box maps offset 0 into its first block', () => {
    const root = box('<p><br></p>');
    const point = pointAt(mapText(root), 0);
    expect(point.node).toBe(root.firstChild);
    expect(point.offset).toBe(0);
  });

  test('a point outside the root has no offset', () => {
    const root = box('<p>a</p>');
    const outside = document.createElement('p');
    document.body.append(outside);
    expect(offsetOf(mapText(root), { node: outside, offset: 0 })).toBeNull();
  });

  test('normalizeText folds what editors render differently', () => {
    expect(normalizeText('a\u00a0b\r\nc\n\n')).toBe('a b\nc');
  });
});
