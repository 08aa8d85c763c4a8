import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { WriteResult } from '../../lib/editors/types';
import { launchPlain, type PlainBrowser, type StaticServer, serveStatic } from './harness';

/**
 * lib/editors against real editor packages: each test page mounts one editor and exposes its own model as
 * window.__editor; the built lib/editors bundle (with the page-world bridge) is injected as window.__tact.
 */

interface EditorCase {
  /** Test page under test/pages/editors/. */
  page: string;
  /** The kind lib/editors must detect. */
  kind: string;
  /** The rung of the write ladder that takes a whole-draft write. */
  method: string;
  /** The element a handle is asked for when the editor has no focus. */
  handleFor: string;
  /** How to focus the editable with a real click. */
  focus(page: Page): Promise<void>;
  /** The key that starts a new line (a chat composer sends on Enter). */
  newline?: string;
}

const clickEditable = (selector: string) => (page: Page) => page.locator(selector).first().click();

const EDITORS: EditorCase[] = [
  {
    page: 'contenteditable',
    handleFor: '[contenteditable="true"]',
    kind: 'contenteditable',
    method: 'execCommand',
    focus: clickEditable('#editor'),
  },
  {
    page: 'textarea',
    handleFor: 'textarea',
    kind: 'textarea',
    method: 'execCommand',
    focus: clickEditable('textarea'),
  },
  {
    page: 'ckeditor5',
    handleFor: '[contenteditable="true"]',
    kind: 'ckeditor5',
    method: 'api:ckeditor5',
    focus: clickEditable('.ck-editor__editable'),
  },
  {
    page: 'tiptap',
    handleFor: '[contenteditable="true"]',
    kind: 'prosemirror',
    method: 'execCommand',
    focus: clickEditable('.ProseMirror'),
  },
  {
    page: 'lexical',
    handleFor: '[contenteditable="true"]',
    kind: 'lexical',
    method: 'api:lexical',
    focus: clickEditable('[data-lexical-editor="true"]'),
  },
  {
    page: 'quill',
    handleFor: '[contenteditable="true"]',
    kind: 'quill',
    method: 'execCommand',
    focus: clickEditable('.ql-editor'),
  },
  {
    page: 'draftjs',
    handleFor: '[contenteditable="true"]',
    kind: 'draftjs',
    method: 'paste',
    focus: clickEditable('.public-DraftEditor-content'),
  },
  {
    page: 'slate',
    handleFor: '[contenteditable="true"]',
    kind: 'slate',
    method: 'beforeinput',
    focus: clickEditable('[data-slate-editor="true"]'),
  },
  {
    page: 'froala',
    handleFor: '[contenteditable="true"]',
    kind: 'contenteditable',
    method: 'execCommand',
    focus: clickEditable('.fr-element'),
  },
  {
    page: 'roosterjs',
    handleFor: '[contenteditable="true"]',
    kind: 'contenteditable',
    method: 'execCommand',
    focus: clickEditable('[contenteditable="true"]'),
  },
  {
    page: 'prosemirror-chat',
    handleFor: '[contenteditable="true"]',
    kind: 'prosemirror',
    method: 'execCommand',
    focus: clickEditable('.ProseMirror'),
    newline: 'Shift+Enter',
  },
  {
    page: 'tinymce',
    handleFor: 'iframe',
    kind: 'tinymce',
    method: 'api:tinymce',
    focus: (page) => page.frameLocator('iframe').locator('body').click(),
  },
];

const DRAFT_LINES = ["Calm down, it's not my job to fix your order.", 'You should have read the policy.'];
const DRAFT = DRAFT_LINES.join('\n');
// A blank line inside: some editors' imports drop empty paragraphs.
const REWRITE = "I'm sorry about the trouble with your order.\n\nI will fix it for you today.";
/** Editors group edits made close together into one undo step (Quill: 1 s, ProseMirror: 0.5 s). */
const HISTORY_GROUP_MS = 1100;
/** Each editor's flow runs this many times to expose flakiness. */
const REPEATS = 2;

let browser: PlainBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic();
  browser = await launchPlain();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The editor's own model text. */
const modelText = (page: Page) => page.evaluate(() => window.__editor?.getText() ?? '');
/** How often the editor's own change handler fired. */
const changes = (page: Page) => page.evaluate(() => window.__editor?.changeCount ?? -1);

type HandleCall =
  | { op: 'replaceAll'; text: string }
  | { op: 'insertAtCursor'; text: string }
  | { op: 'replaceRange'; start: number; end: number; text: string }
  | { op: 'restoreOriginal' }
  | { op: 'kind' }
  | { op: 'removeBridge' }
  | { op: 'read' };

/** Calls the handle of the focused editor inside the page. */
function callHandle(page: Page, call: HandleCall): Promise<WriteResult | string> {
  return page.evaluate(async (c) => {
    const tact = window.__tact;
    if (!tact) return 'no lib/editors bundle';
    if (c.op === 'removeBridge') {
      tact.removeBridge();
      return 'removed';
    }
    const active = tact.deepActiveElement(document);
    const handle = active ? tact.getEditorHandle(active) : null;
    if (!handle) return 'no handle';
    switch (c.op) {
      case 'kind':
        return handle.kind;
      case 'read':
        return handle.readText();
      case 'replaceAll':
        return handle.replaceAll(c.text);
      case 'insertAtCursor':
        return handle.insertAtCursor(c.text);
      case 'replaceRange':
        return handle.replaceRange(c.start, c.end, c.text);
      case 'restoreOriginal':
        return handle.restoreOriginal ? handle.restoreOriginal() : 'no restore';
    }
  }, call);
}

/** Types the draft with trusted keyboard input, a line at a time. */
async function typeDraft(page: Page, newline = 'Enter'): Promise<void> {
  for (const [i, line] of DRAFT_LINES.entries()) {
    if (i > 0) await page.keyboard.press(newline);
    await page.keyboard.type(line);
  }
  await expect.poll(() => modelText(page)).toBe(DRAFT);
}

describe.each(EDITORS)('$page', (editor) => {
  let page: Page;

  beforeEach(async () => {
    page = await browser.context.newPage();
    await page.goto(server.url(`/editors/${editor.page}.html`));
    await page.waitForFunction(() => document.documentElement.dataset.editorReady === 'true');
    await page.addScriptTag({ url: '/inject/editors.js' });
    await editor.focus(page);
    return () => page.close();
  });

  test('detects the editor kind', async () => {
    expect(await callHandle(page, { op: 'kind' })).toBe(editor.kind);
  });

  test('replace draft: the model holds the rewrite once, change handler fired, one undo restores', {
    repeats: REPEATS,
  }, async () => {
    await typeDraft(page, editor.newline);
    expect(await callHandle(page, { op: 'read' })).toBe(DRAFT);
    await page.waitForTimeout(HISTORY_GROUP_MS);
    const before = await changes(page);
    const result = await callHandle(page, { op: 'replaceAll', text: REWRITE });
    expect(result).toEqual({ ok: true, method: editor.method });
    expect(await modelText(page)).toBe(REWRITE);
    expect(await callHandle(page, { op: 'read' })).toBe(REWRITE);
    expect(await changes(page)).toBeGreaterThan(before);
    await page.keyboard.press('Control+z');
    await expect.poll(() => modelText(page)).toBe(DRAFT);
  });

  test('typing continues at the caret after a write', { repeats: REPEATS }, async () => {
    await typeDraft(page, editor.newline);
    const result = await callHandle(page, { op: 'replaceAll', text: REWRITE });
    expect(result).toMatchObject({ ok: true });
    await page.keyboard.type(' Thanks!');
    await expect.poll(() => modelText(page)).toBe(`${REWRITE} Thanks!`);
  });

  test('replace a range: only that span changes, caret after it', { repeats: REPEATS }, async () => {
    await typeDraft(page, editor.newline);
    const phrase = "it's not my job to fix your order";
    const start = DRAFT.indexOf(phrase);
    const replacement = 'let me fix your order';
    const result = await callHandle(page, { op: 'replaceRange', start, end: start + phrase.length, text: replacement });
    expect(result).toMatchObject({ ok: true });
    const expected = DRAFT.slice(0, start) + replacement + DRAFT.slice(start + phrase.length);
    expect(await modelText(page)).toBe(expected);
    await page.keyboard.type(' now');
    const end = start + replacement.length;
    await expect.poll(() => modelText(page)).toBe(`${expected.slice(0, end)} now${expected.slice(end)}`);
  });

  test('insert at the keyboard caret', { repeats: REPEATS }, async () => {
    await typeDraft(page, editor.newline);
    // Put the caret before the final "policy." with the keyboard.
    for (let i = 0; i < 'policy.'.length; i++) await page.keyboard.press('ArrowLeft');
    const result = await callHandle(page, { op: 'insertAtCursor', text: 'refund ' });
    expect(result).toMatchObject({ ok: true });
    expect(await modelText(page)).toBe(DRAFT.replace('the policy.', 'the refund policy.'));
  });

  test('insert at the caret the box had before focus moved away', async () => {
    // The handle exists from focus on, as in the content script, so it sees the caret moves.
    expect(await callHandle(page, { op: 'kind' })).toBe(editor.kind);
    await typeDraft(page, editor.newline);
    for (let i = 0; i < 'policy.'.length; i++) await page.keyboard.press('ArrowLeft');
    await page.locator('h1').click();
    const result = await page.evaluate(async (selector) => {
      const tact = window.__tact;
      const root = document.querySelector(selector);
      const handle = root && tact ? tact.getEditorHandle(root) : null;
      return handle ? handle.insertAtCursor('refund ') : 'no handle';
    }, editor.handleFor);
    expect(result).toMatchObject({ ok: true });
    expect(await modelText(page)).toBe(DRAFT.replace('the policy.', 'the refund policy.'));
  });

  test('restore original brings the typed draft back', async () => {
    await typeDraft(page, editor.newline);
    expect(await callHandle(page, { op: 'replaceAll', text: REWRITE })).toMatchObject({ ok: true });
    expect(await modelText(page)).toBe(REWRITE);
    expect(await callHandle(page, { op: 'restoreOriginal' })).toMatchObject({ ok: true });
    expect(await modelText(page)).toBe(DRAFT);
  });
});

/**
 * The editors with an API rung: without the page-world bridge their writes must take a lower rung. TinyMCE's
 * paste clean-up drops empty paragraphs and its execCommand makes one undo step per line, so there a rewrite with
 * a blank line cannot be written: the write must fail and leave the draft exactly as it was.
 */
describe.each(EDITORS.filter((e) => e.method.startsWith('api:')))('$page without the page-world bridge', (editor) => {
  let page: Page;
  const refuses = editor.page === 'tinymce';

  beforeEach(async () => {
    page = await browser.context.newPage();
    await page.goto(server.url(`/editors/${editor.page}.html`));
    await page.waitForFunction(() => document.documentElement.dataset.editorReady === 'true');
    await page.addScriptTag({ url: '/inject/editors.js' });
    await editor.focus(page);
    expect(await callHandle(page, { op: 'removeBridge' })).toBe('removed');
    return () => page.close();
  });

  test.skipIf(refuses)('replace draft through a lower rung; one undo restores', { repeats: REPEATS }, async () => {
    await typeDraft(page, editor.newline);
    await page.waitForTimeout(HISTORY_GROUP_MS);
    const before = await changes(page);
    const result = await callHandle(page, { op: 'replaceAll', text: REWRITE });
    expect(result).toMatchObject({ ok: true });
    expect((result as WriteResult).method).not.toMatch(/^api:/);
    expect(await modelText(page)).toBe(REWRITE);
    expect(await changes(page)).toBeGreaterThan(before);
    await page.keyboard.press('Control+z');
    await expect.poll(() => modelText(page)).toBe(DRAFT);
  });

  test.runIf(refuses)(
    'a write no rung can make fails and leaves the draft as it was',
    { repeats: REPEATS },
    async () => {
      await typeDraft(page, editor.newline);
      const result = await callHandle(page, { op: 'replaceAll', text: REWRITE });
      expect(result).toMatchObject({ ok: false });
      expect(await modelText(page)).toBe(DRAFT);
      expect(await callHandle(page, { op: 'read' })).toBe(DRAFT);
    },
  );
});
