// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { BRIDGE_REQUEST, callBridge, parseRequest, parseResponse } from '../../../lib/editors/bridge';
import { installEditorBridge } from '../../../lib/editors/bridgePage';

describe('bridge messages', () => {
  test('valid requests parse; anything else is dropped', () => {
    const good = { id: 'a1', op: 'insert', kind: 'lexical', text: 'hi', all: false };
    expect(parseRequest(JSON.stringify(good))).toEqual(good);
    expect(parseRequest(good)).toBeNull();
    expect(parseRequest('{not json')).toBeNull();
    expect(parseRequest(JSON.stringify({ ...good, op: 'eval' }))).toBeNull();
    expect(parseRequest(JSON.stringify({ ...good, kind: 'quill' }))).toBeNull();
    expect(parseRequest(JSON.stringify({ ...good, text: 42 }))).toBeNull();
    expect(parseRequest(JSON.stringify({ ...good, all: 'yes' }))).toBeNull();
    expect(parseRequest(JSON.stringify({ ...good, id: 'x'.repeat(65) }))).toBeNull();
    expect(parseResponse(JSON.stringify({ id: 'a1', ok: true }))).toEqual({ id: 'a1', ok: true, error: undefined });
    expect(parseResponse(JSON.stringify({ id: 'a1' }))).toBeNull();
  });

  test('without a page-world bridge nobody answers', () => {
    const element = document.createElement('div');
    document.body.append(element);
    expect(callBridge(element, { op: 'probe', kind: 'ckeditor5', text: '', all: false })).toBeNull();
  });

  test('the page side answers a probe for an element with no editor API with ok: false', () => {
    installEditorBridge(window);
    const element = document.createElement('div');
    element.className = 'ck-editor__editable';
    document.body.append(element);
    expect(callBridge(element, { op: 'probe', kind: 'ckeditor5', text: '', all: false })).toMatchObject({ ok: false });
    // A CKEditor instance on the element answers ok.
    Object.assign(element, { ckeditorInstance: { model: {}, editing: {} } });
    expect(callBridge(element, { op: 'probe', kind: 'ckeditor5', text: '', all: false })).toMatchObject({ ok: true });
  });

  test('malformed events are ignored by the page side', () => {
    installEditorBridge(window);
    const element = document.createElement('div');
    document.body.append(element);
    let answered = false;
    element.addEventListener('tact:editor-response', () => {
      answered = true;
    });
    element.dispatchEvent(new CustomEvent(BRIDGE_REQUEST, { detail: '{"op":"insert"}', bubbles: true }));
    expect(answered).toBe(false);
  });
});
