// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditorHandle, WriteResult } from '../../../lib/editors/types';
import type { Analysis, AnalyzeInput } from '../../../lib/engine/types';
import type { Lifetime } from '../../../lib/page/lifetime';
import { type AssistView, ReplyAssist } from '../../../lib/page/replyAssist';
import { sampleAnalysis } from '../components/analysis';

/** A content-script lifetime that can be invalidated on demand, like WXT's ctx. */
function fakeLifetime() {
  const controller = new AbortController();
  const callbacks: (() => void)[] = [];
  const ctx: Lifetime & { invalidate(): void } = {
    get isValid() {
      return !controller.signal.aborted;
    },
    signal: controller.signal,
    onInvalidated(cb) {
      callbacks.push(cb);
      return () => {};
    },
    setTimeout: (fn, ms) => window.setTimeout(() => controller.signal.aborted || fn(), ms),
    requestAnimationFrame: (cb) => window.setTimeout(() => controller.signal.aborted || cb(0), 0),
    addEventListener(target: EventTarget, ...params: unknown[]) {
      const [type, handler, options] = params as [string, EventListener, AddEventListenerOptions | boolean | undefined];
      const opts = typeof options === 'boolean' ? { capture: options } : (options ?? {});
      target.addEventListener(type, handler, { ...opts, signal: controller.signal });
    },
    invalidate() {
      controller.abort();
      for (const cb of callbacks) cb();
    },
  };
  return ctx;
}

/** A textarea editor handle that records writes and can be told to refuse them. */
function fieldHandle(area: HTMLTextAreaElement, opts: { refuse?: boolean } = {}) {
  const writes: string[] = [];
  const set = async (value: string): Promise<WriteResult> => {
    if (opts.refuse) return { ok: false, method: 'none', error: 'refused' };
    area.value = value;
    area.dispatchEvent(new Event('input', { bubbles: true }));
    writes.push(value);
    return { ok: true, method: 'setValue' };
  };
  const handle: EditorHandle = {
    kind: 'textarea',
    element: area,
    readText: () => area.value,
    replaceAll: (text) => set(text),
    insertAtCursor: (text) => {
      const at = area.selectionStart ?? area.value.length;
      return set(area.value.slice(0, at) + text + area.value.slice(area.selectionEnd ?? at));
    },
    replaceRange: (start, end, text) => set(area.value.slice(0, start) + text + area.value.slice(end)),
    rangeFor: () => null,
  };
  return { handle, writes };
}

/** An analyze stub whose answers the test releases one by one. */
function controlledAnalyze() {
  const calls: { input: AnalyzeInput; resolve(a: Analysis): void; reject(e: Error): void }[] = [];
  const analyze = (input: AnalyzeInput) =>
    new Promise<Analysis>((resolve, reject) => {
      calls.push({ input, resolve, reject });
    });
  return { analyze, calls };
}

/**
 * Events the test makes as "the agent's": happy-dom marks every dispatched event untrusted, as a browser marks
 * a page script's, so the assistant is given this stand-in for the browser's isTrusted.
 */
const agentEvents = new WeakSet<Event>();
const isTrusted = (event: Event) => agentEvents.has(event);
/** Dispatches an event as if the agent made it. */
function asAgent<E extends Event>(target: EventTarget, event: E): E {
  agentEvents.add(event);
  target.dispatchEvent(event);
  return event;
}
/** The agent clicks into a box: a trusted pointer press, then focus. */
function agentFocus(el: HTMLElement): void {
  asAgent(el, new Event('pointerdown', { bubbles: true, composed: true }));
  el.focus();
}

/** A contenteditable handle that reads the box and refuses every write (for tests of reading and coaching). */
function readOnlyHandle(box: HTMLElement): EditorHandle {
  const refuse = async (): Promise<WriteResult> => ({ ok: false, method: 'none', error: 'not in this test' });
  return {
    kind: 'contenteditable',
    element: box,
    readText: () => box.textContent ?? '',
    replaceAll: refuse,
    insertAtCursor: refuse,
    replaceRange: refuse,
    rangeFor: () => null,
  };
}

let area: HTMLTextAreaElement;
/** Lifetimes started by a test, invalidated after it (each document is claimed by one assistant at a time). */
const running: { invalidate(): void }[] = [];

beforeEach(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(10, 10, 600, 200));
  document.body.innerHTML =
    '<main><p>Where is my order? This is the third time I write!</p></main><textarea></textarea>';
  area = document.querySelector('textarea')!;
});
afterEach(() => {
  for (const ctx of running.splice(0)) ctx.invalidate();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

function setup(opts: { refuse?: boolean; clipboard?: boolean } = {}) {
  const ctx = fakeLifetime();
  running.push(ctx);
  const { analyze, calls } = controlledAnalyze();
  const { handle, writes } = fieldHandle(area, opts);
  const removed = vi.fn();
  const mountView = vi.fn((): AssistView => ({ layer: null, remove: removed }));
  const writeClipboard = vi.fn(async () => opts.clipboard ?? true);
  const assist = new ReplyAssist(ctx, {
    analyze,
    getHandle: (el) => (el === area ? handle : null),
    mountView,
    writeClipboard,
    debounceMs: 5,
    isTrusted,
  });
  assist.start();
  return { ctx, assist, calls, writes, removed, mountView, writeClipboard };
}

const type = (text: string) => {
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true }));
};

describe('ReplyAssist', () => {
  it('activates on focus and analyses the draft with the customer context, once the typing settles', async () => {
    const { assist, calls, mountView } = setup();
    area.value = 'Calm down, there is nothing we can do.';
    agentFocus(area);
    expect(assist.getState().active).toBe(true);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.input.draft).toBe('Calm down, there is nothing we can do.');
    expect(calls[0]!.input.site).toBe('generic');
    expect(mountView).toHaveBeenCalledOnce();
    calls[0]!.resolve(sampleAnalysis());
    await vi.waitFor(() => expect(assist.getState().status).toBe('ready'));
    expect(assist.getState().analysis?.score).toBe(42);
  });

  it('keeps only the latest draft in flight and analyses the newest text when the answer comes back', async () => {
    const { calls } = setup();
    agentFocus(area);
    type('First draft.');
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    type('First draft, more.');
    type('First draft, more and more.');
    await new Promise((r) => setTimeout(r, 30));
    // The first request has not answered: nothing else was sent meanwhile.
    expect(calls).toHaveLength(1);
    calls[0]!.resolve(sampleAnalysis());
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]!.input.draft).toBe('First draft, more and more.');
  });

  it('debounces a burst of keystrokes into one request', async () => {
    const { calls } = setup();
    area.value = 'a';
    agentFocus(area);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    calls[0]!.resolve(sampleAnalysis());
    for (const text of ['ab', 'abc', 'abcd', 'abcde']) type(text);
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    await new Promise((r) => setTimeout(r, 30));
    expect(calls).toHaveLength(2);
    expect(calls[1]!.input.draft).toBe('abcde');
  });

  it('replaces the draft with the rewrite and restores the original', async () => {
    const { assist, calls, writes } = setup();
    area.value = 'Calm down, there is nothing we can do.';
    agentFocus(area);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    calls[0]!.resolve(sampleAnalysis());
    await vi.waitFor(() => expect(assist.getState().status).toBe('ready'));
    await assist.replaceDraft();
    expect(area.value).toBe(sampleAnalysis().rewrite);
    expect(assist.getState().canRestore).toBe(true);
    expect(assist.getState().notice?.kind).toBe('success');
    await assist.restoreOriginal();
    expect(area.value).toBe('Calm down, there is nothing we can do.');
    expect(assist.getState().canRestore).toBe(false);
    expect(writes).toHaveLength(2);
  });

  it("applies one finding's replacement in place", async () => {
    const { assist, calls } = setup();
    area.value = 'Calm down, there is nothing we can do.';
    agentFocus(area);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    calls[0]!.resolve(sampleAnalysis());
    await vi.waitFor(() => expect(assist.getState().status).toBe('ready'));
    await assist.applyFinding(0);
    expect(area.value).toBe('I completely understand how frustrating this is, there is nothing we can do.');
  });

  it('leaves the draft untouched and says so when the editor refuses the write, copying the text instead', async () => {
    const { assist, calls, writeClipboard } = setup({ refuse: true });
    area.value = 'Calm down, there is nothing we can do.';
    agentFocus(area);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    calls[0]!.resolve(sampleAnalysis());
    await vi.waitFor(() => expect(assist.getState().status).toBe('ready'));
    await assist.replaceDraft();
    expect(area.value).toBe('Calm down, there is nothing we can do.');
    expect(writeClipboard).toHaveBeenCalledWith(sampleAnalysis().rewrite);
    expect(assist.getState().notice).toMatchObject({ kind: 'error' });
    expect(assist.getState().notice?.text).toMatch(/untouched/);
    expect(assist.getState().notice?.text).toMatch(/clipboard/);
    expect(assist.getState().canRestore).toBe(false);
  });

  it('opens with Alt+Shift+T from the box, closes with Esc and puts the caret back', async () => {
    const { assist } = setup();
    area.value = 'Hello there, how are you';
    agentFocus(area);
    area.setSelectionRange(5, 5);
    asAgent(
      area,
      new KeyboardEvent('keydown', {
        key: 'T',
        code: 'KeyT',
        altKey: true,
        shiftKey: true,
        bubbles: true,
        composed: true,
      }),
    );
    expect(assist.getState().open).toBe(true);
    expect(assist.getState().focusRequest).toBe(1);
    // The panel takes focus (here: somewhere else), then Esc from the panel closes it.
    const elsewhere = document.createElement('button');
    document.body.append(elsewhere);
    elsewhere.focus();
    assist.closePanel();
    expect(assist.getState().open).toBe(false);
    expect(document.activeElement).toBe(area);
    expect(area.selectionStart).toBe(5);
  });

  it('Esc in the box closes the open panel without leaving the box', () => {
    const { assist } = setup();
    agentFocus(area);
    assist.openPanel();
    const esc = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true, composed: true });
    asAgent(area, esc);
    expect(assist.getState().open).toBe(false);
    expect(esc.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(area);
  });

  it('removes its UI and stops quietly when the extension context is invalidated', async () => {
    const { ctx, assist, calls, removed } = setup();
    area.value = 'Calm down.';
    agentFocus(area);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    await vi.waitFor(() => expect(assist.getState().active).toBe(true));
    await Promise.resolve();
    ctx.invalidate();
    calls[0]!.reject(new Error('Extension context invalidated.'));
    await new Promise((r) => setTimeout(r, 10));
    expect(removed).toHaveBeenCalled();
    expect(assist.getState().active).toBe(false);
    type('More typing after the extension went away.');
    await new Promise((r) => setTimeout(r, 30));
    expect(calls).toHaveLength(1);
    expect(document.documentElement.hasAttribute('data-tact-claim')).toBe(false);
  });

  it('shows an error state (not a throw) when the background cannot analyse', async () => {
    const { assist, calls } = setup();
    area.value = 'Hello.';
    agentFocus(area);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    calls[0]!.reject(new Error('engine failed'));
    // One more try (a stopped service worker loses one answer); a second failure is shown.
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]!.input).toEqual(calls[0]!.input);
    calls[1]!.reject(new Error('engine failed'));
    await vi.waitFor(() => expect(assist.getState().status).toBe('error'));
  });

  it('asks once more when the answer is lost (the service worker stopped) and shows that answer, not an error', async () => {
    const { assist, calls } = setup();
    const seen: string[] = [];
    assist.subscribe(() => seen.push(assist.getState().status));
    area.value = 'Calm down, there is nothing we can do.';
    agentFocus(area);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    calls[0]!.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    calls[1]!.resolve(sampleAnalysis());
    await vi.waitFor(() => expect(assist.getState().status).toBe('ready'));
    expect(seen).not.toContain('error');
    expect(calls).toHaveLength(2);
  });

  it('passes the scenario the agent picked to the engine', async () => {
    const { assist, calls } = setup();
    area.value = 'We cannot do that.';
    agentFocus(area);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    calls[0]!.resolve(sampleAnalysis());
    await vi.waitFor(() => expect(assist.getState().status).toBe('ready'));
    assist.setScenario('refusal');
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]!.input.scenario).toBe('refusal');
  });

  it('analyses only the draft above a quoted reply in a plain text box', async () => {
    const { calls } = setup();
    area.value = 'Thanks for waiting.\n\nOn Mon, 23 Nov 2026, Emma wrote:\n> Where is my order?';
    agentFocus(area);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.input.draft).toBe('Thanks for waiting.');
  });
});

describe('ReplyAssist and page scripts (#13)', () => {
  it('does not coach a box a script focused and filled, until the agent presses a key in it', async () => {
    const { assist, calls, mountView } = setup();
    area.value = 'Calm down, there is nothing we can do.';
    area.focus();
    area.dispatchEvent(new Event('input', { bubbles: true }));
    // An untrusted press, a click and the shortcut, as a page script can make them.
    area.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    area.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    area.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'T', code: 'KeyT', altKey: true, shiftKey: true, bubbles: true }),
    );
    await new Promise((r) => setTimeout(r, 30));
    expect(assist.getState().active).toBe(false);
    expect(assist.getState().open).toBe(false);
    expect(calls).toHaveLength(0);
    expect(mountView).not.toHaveBeenCalled();
    // The agent types in the box the page focused: now it is theirs.
    asAgent(area, new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    expect(assist.getState().active).toBe(true);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
  });

  it('ignores a synthetic shortcut and Esc in a coached box', () => {
    const { assist } = setup();
    agentFocus(area);
    area.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'T', code: 'KeyT', altKey: true, shiftKey: true, bubbles: true }),
    );
    expect(assist.getState().open).toBe(false);
    assist.openPanel();
    const esc = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    area.dispatchEvent(esc);
    expect(assist.getState().open).toBe(true);
    expect(esc.defaultPrevented).toBe(false);
  });

  it('listens to selection changes only while a box on a page without an adapter is coached', async () => {
    const added: string[] = [];
    const removed: string[] = [];
    const add = vi.spyOn(document, 'addEventListener');
    const remove = vi.spyOn(document, 'removeEventListener');
    const { ctx, assist } = setup();
    const count = (spy: typeof add, into: string[]) => {
      into.length = 0;
      for (const [type] of spy.mock.calls) if (type === 'selectionchange') into.push(type);
      return into.length;
    };
    expect(count(add, added)).toBe(0);
    agentFocus(area);
    expect(count(add, added)).toBe(1);
    assist.deactivate();
    expect(count(remove, removed)).toBe(1);
    agentFocus(area);
    expect(count(add, added)).toBe(2);
    // Tied to the content script's lifetime too: the listener goes with the context.
    const listenerOptions = add.mock.calls.find(([type]) => type === 'selectionchange')![2] as AddEventListenerOptions;
    expect(listenerOptions.signal).toBe(ctx.signal);
  });
});

describe('ReplyAssist on a page no adapter knows', () => {
  it("takes the agent's selection outside the box as the customer's message", async () => {
    const { calls } = setup();
    area.value = 'We cannot help with that.';
    agentFocus(area);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    calls[0]!.resolve(sampleAnalysis());
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Also, the parcel I did get was damaged.';
    document.querySelector('main')!.append(paragraph);
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]!.input.customer).toBe('Also, the parcel I did get was damaged.');
  });
});

describe('ReplyAssist for the toolbar popup', () => {
  it('reports the focused box and writes a text the popup sends, restorable from the panel', async () => {
    const { assist, calls } = setup();
    expect(assist.replyState()).toBeNull();
    area.value = 'No refunds.\n\nOn Mon, 23 Nov 2026, Emma wrote:\n> Can I get a refund?';
    agentFocus(area);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    calls[0]!.resolve(sampleAnalysis());
    await vi.waitFor(() => expect(assist.getState().status).toBe('ready'));
    expect(assist.replyState()).toMatchObject({ draft: 'No refunds.', site: 'generic', analysis: { score: 42 } });
    const result = await assist.replaceDraftWith('We can offer store credit instead.');
    expect(result.ok).toBe(true);
    // Only the draft changes; the quoted message stays.
    expect(area.value).toBe(
      'We can offer store credit instead.\n\nOn Mon, 23 Nov 2026, Emma wrote:\n> Can I get a refund?',
    );
    await assist.restoreOriginal();
    expect(area.value.startsWith('No refunds.\n\nOn Mon')).toBe(true);
  });
});

describe('ReplyAssist with several boxes', () => {
  it('coaches one box at a time and keeps the panel when the same box is focused again', async () => {
    const ctx = fakeLifetime();
    running.push(ctx);
    const other = document.createElement('textarea');
    document.body.append(other);
    const handles = new Map([area, other].map((el) => [el, fieldHandle(el).handle]));
    const { analyze, calls } = controlledAnalyze();
    const assist = new ReplyAssist(ctx, {
      analyze,
      getHandle: (el) => handles.get(el as HTMLTextAreaElement) ?? null,
      debounceMs: 5,
      isTrusted,
    });
    assist.start();
    area.value = 'First box.';
    agentFocus(area);
    assist.openPanel();
    other.blur();
    area.blur();
    agentFocus(area);
    expect(assist.getState().open).toBe(true);
    expect(assist.activeElement).toBe(area);
    other.value = 'Second box.';
    agentFocus(other);
    expect(assist.activeElement).toBe(other);
    expect(assist.getState().open).toBe(false);
    await vi.waitFor(() => expect(calls.some((c) => c.input.draft === 'Second box.')).toBe(true));
  });
});

describe('Restore original across boxes (#13)', () => {
  it("keeps each box's original when the agent works in another box and comes back", async () => {
    const ctx = fakeLifetime();
    running.push(ctx);
    const other = document.createElement('textarea');
    document.body.append(other);
    const handles = new Map([area, other].map((el) => [el, fieldHandle(el).handle]));
    const { analyze } = controlledAnalyze();
    const assist = new ReplyAssist(ctx, {
      analyze,
      getHandle: (el) => handles.get(el as HTMLTextAreaElement) ?? null,
      debounceMs: 5,
      isTrusted,
    });
    assist.start();
    area.value = 'First draft, before Tact.';
    agentFocus(area);
    await assist.replaceDraftWith('First box rewritten.');
    expect(assist.getState().canRestore).toBe(true);
    other.value = 'Second draft.';
    agentFocus(other);
    expect(assist.activeElement).toBe(other);
    expect(assist.getState().canRestore).toBe(false);
    await assist.replaceDraftWith('Second box rewritten.');
    // Back to the first box: its original is still there.
    agentFocus(area);
    expect(assist.activeElement).toBe(area);
    expect(assist.getState().canRestore).toBe(true);
    await assist.restoreOriginal();
    expect(area.value).toBe('First draft, before Tact.');
    expect(other.value).toBe('Second box rewritten.');
    agentFocus(other);
    await assist.restoreOriginal();
    expect(other.value).toBe('Second draft.');
  });
});

describe('ReplyAssist for the popup in a tab with several frames (#13)', () => {
  it('says it has the focused box only while its box (or its panel) has focus', () => {
    const { assist } = setup();
    expect(assist.hasFocus()).toBe(false);
    agentFocus(area);
    expect(assist.hasFocus()).toBe(true);
    const elsewhere = document.createElement('button');
    document.body.append(elsewhere);
    elsewhere.focus();
    expect(assist.activeElement).toBe(area);
    expect(assist.hasFocus()).toBe(false);
  });
});

describe('ReplyAssist on a known site', () => {
  afterEach(() => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('http://localhost:3000/');
  });

  it("coaches Gmail's message body although Gmail turns spell checking off on it (#14)", async () => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      'https://mail.google.com/mail/u/0/#inbox/FMfcgz',
    );
    document.body.innerHTML = `
      <div role="main"><div class="adn" data-message-id="m1"><span class="gD" email="mary@example.com" name="Mary Jones">Mary Jones</span>
        <div class="a3s">My parcel has not arrived.</div></div>
        <div class="M9"><div class="Ap"><div id="body" class="Am aiL Al editable" g_editable="true" role="textbox"
          aria-multiline="true" contenteditable="true" tabindex="1" spellcheck="false">Not our problem.</div></div></div></div>
      <input id="search" type="text" spellcheck="false">`;
    const box = document.getElementById('body')!;
    const search = document.getElementById('search')!;
    const ctx = fakeLifetime();
    running.push(ctx);
    const { analyze, calls } = controlledAnalyze();
    const handle = readOnlyHandle(box);
    const assist = new ReplyAssist(ctx, {
      analyze,
      getHandle: (el) => (el === box ? handle : null),
      mountView: () => ({ layer: null, remove: () => {} }),
      debounceMs: 5,
      isTrusted,
    });
    assist.start();
    // A field Gmail does not take for its reply box keeps the generic rule: spellcheck=false stays out.
    agentFocus(search);
    expect(assist.getState().active).toBe(false);
    agentFocus(box);
    expect(assist.getState().active).toBe(true);
    expect(assist.getState().site).toBe('gmail');
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.input.draft).toBe('Not our problem.');
    expect(calls[0]!.input.customer).toBe('My parcel has not arrived.');
    expect(calls[0]!.input.customerName).toBe('Mary Jones');
  });
  it('coaches a box on a known host whose layout the adapter no longer knows, and takes the selection (#14)', async () => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      'https://secure.helpscout.net/conversation/1/',
    );
    document.body.innerHTML = `
      <p id="said">My jacket is the wrong size.</p>
      <div class="new-editor"><div id="body" contenteditable="true" role="textbox" aria-multiline="true"
        spellcheck="false">Not our problem.</div></div>`;
    const box = document.getElementById('body')!;
    const ctx = fakeLifetime();
    running.push(ctx);
    const { analyze, calls } = controlledAnalyze();
    const handle = readOnlyHandle(box);
    const assist = new ReplyAssist(ctx, {
      analyze,
      getHandle: (el) => (el === box ? handle : null),
      mountView: () => ({ layer: null, remove: () => {} }),
      debounceMs: 5,
      isTrusted,
    });
    document.getSelection()!.removeAllRanges();
    assist.start();
    agentFocus(box);
    expect(assist.getState().active).toBe(true);
    expect(assist.replyState()?.health).toMatchObject({ site: 'helpscout', adapter: 'generic', fallback: 'outdated' });
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    calls[0]!.resolve(sampleAnalysis());
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('said')!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]!.input.customer).toBe('My jacket is the wrong size.');
    expect(assist.replyState()?.health).toMatchObject({ customer: true, source: 'selection' });
  });
});
