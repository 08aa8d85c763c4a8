// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { detectEditor } from '../../../lib/editors/detect';
import { getEditorHandle } from '../../../lib/editors/index';

/** Mounts HTML (test input only) and returns the element matching selector. */
function mount(html: string, selector: string): Element {
  document.body.innerHTML = html;
  const element = document.querySelector(selector);
  if (!element) throw new Error(`no ${selector}`);
  return element;
}

describe('detectEditor', () => {
  test.each([
    ['ckeditor5', '<div class="ck ck-editor__editable" contenteditable="true"><p><span id="in">x</span></p></div>'],
    ['lexical', '<div data-lexical-editor="true" contenteditable="true"><p><span id="in">x</span></p></div>'],
    ['slate', '<div data-slate-editor="true" contenteditable="true"><p><span id="in">x</span></p></div>'],
    [
      'draftjs',
      '<div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true"><div><span id="in">x</span></div></div></div>',
    ],
    ['prosemirror', '<div class="tiptap ProseMirror" contenteditable="true"><p id="in">x</p></div>'],
    ['quill', '<div class="ql-container"><div class="ql-editor" contenteditable="true"><p id="in">x</p></div></div>'],
    ['contenteditable', '<div g_editable="true" contenteditable="true"><div id="in">x</div></div>'],
  ])('%s: walks up from a descendant to the editable root', (kind, html) => {
    const found = detectEditor(mount(html, '#in'));
    expect(found?.kind).toBe(kind);
    expect(found?.root.getAttribute('contenteditable')).toBe('true');
    expect(found?.root.contains(document.getElementById('in'))).toBe(true);
  });

  test('a non-editable element carrying a fingerprint class is not an editor', () => {
    expect(detectEditor(mount('<div class="ProseMirror"><p id="in">read only</p></div>', '#in'))).toBeNull();
  });

  test('the outermost editable is the root for a plain contenteditable', () => {
    const found = detectEditor(mount('<div id="root" contenteditable="true"><p><b id="in">x</b></p></div>', '#in'));
    expect(found?.root.id).toBe('root');
  });

  test('fields: textarea and text inputs, not checkboxes', () => {
    expect(detectEditor(mount('<textarea id="in"></textarea>', '#in'))?.kind).toBe('textarea');
    expect(detectEditor(mount('<input id="in">', '#in'))?.kind).toBe('input');
    expect(detectEditor(mount('<input id="in" type="email">', '#in'))?.kind).toBe('input');
    expect(detectEditor(mount('<input id="in" type="checkbox">', '#in'))).toBeNull();
  });

  test('TinyMCE: the body of its iframe document', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.id = 'tinymce';
    doc.body.className = 'mce-content-body';
    doc.body.contentEditable = 'true';
    doc.body.innerHTML = '<p id="in">x</p>';
    const found = detectEditor(doc.getElementById('in')!);
    expect(found?.kind).toBe('tinymce');
    expect(found?.root).toBe(doc.body);
  });

  test('plain elements are not editors', () => {
    expect(detectEditor(mount('<div><p id="in">text</p></div>', '#in'))).toBeNull();
  });
});

describe('getEditorHandle', () => {
  test('returns one handle per editable root, reading blocks as lines', () => {
    mount('<div id="root" contenteditable="true"><p>one</p><p>two</p></div>', '#root');
    const a = getEditorHandle(document.querySelector('p')!);
    const b = getEditorHandle(document.getElementById('root')!);
    expect(a).not.toBeNull();
    expect(a).toBe(b);
    expect(a?.readText()).toBe('one\ntwo');
    expect(a?.rangeFor(4, 7)?.toString()).toBe('two');
  });

  test('fields have no DOM range', () => {
    mount('<textarea id="in">hello</textarea>', '#in');
    const handle = getEditorHandle(document.getElementById('in')!);
    expect(handle?.readText()).toBe('hello');
    expect(handle?.rangeFor(0, 2)).toBeNull();
  });
});
