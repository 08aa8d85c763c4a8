// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { candidateFromEvent, findReplyBoxes, isCandidateField, TACT_UI_ATTR } from '../../../lib/page/candidates';

/** happy-dom has no layout: give every element a reply-box-sized rectangle unless it says otherwise. */
beforeEach(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const size = this.getAttribute('data-size')?.split('x').map(Number) ?? [500, 160];
    return new DOMRect(0, 0, size[0], size[1]);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

function html(markup: string): void {
  document.body.innerHTML = markup;
}

describe('isCandidateField', () => {
  it('accepts rich editors that turn spell checking off by default (Draft.js, TinyMCE)', () => {
    html(
      '<div class="DraftEditor-root"><div id="draft" class="public-DraftEditor-content" contenteditable="true" spellcheck="false"></div></div>' +
        '<div id="plain" contenteditable="true" spellcheck="false"></div>',
    );
    expect(isCandidateField(document.getElementById('draft')!)).toBe(true);
    expect(isCandidateField(document.getElementById('plain')!)).toBe(false);
  });

  it('accepts textareas, wide text inputs and editable roots', () => {
    html(
      '<textarea id="a"></textarea><input id="b" type="text"><div id="c" contenteditable="true"><p id="d">x</p></div>',
    );
    expect(isCandidateField(document.getElementById('a')!)).toBe(true);
    expect(isCandidateField(document.getElementById('b')!)).toBe(true);
    expect(isCandidateField(document.getElementById('c')!)).toBe(true);
    // Only the editable root is a box, not the paragraphs inside it.
    expect(isCandidateField(document.getElementById('d')!)).toBe(false);
  });

  it('skips comboboxes, spellcheck=false, hidden, read-only, tiny fields and non-text inputs', () => {
    html(`
      <input id="combo" type="text" role="combobox">
      <textarea id="code" spellcheck="false"></textarea>
      <textarea id="hidden" style="display:none"></textarea>
      <textarea id="ro" readonly></textarea>
      <textarea id="tiny" data-size="60x14"></textarea>
      <input id="narrow" type="text" data-size="150x30">
      <input id="pw" type="password">
      <div ${TACT_UI_ATTR}><textarea id="ours"></textarea></div>`);
    for (const id of ['combo', 'code', 'hidden', 'ro', 'tiny', 'narrow', 'pw', 'ours']) {
      expect(isCandidateField(document.getElementById(id)!), id).toBe(false);
    }
  });
});

describe('a site adapter claiming its reply box', () => {
  it('outranks the spellcheck and combobox heuristics, not visibility or size (#14: Gmail sets spellcheck=false)', () => {
    html(`
      <div class="Ap"><div id="gmail" g_editable="true" role="textbox" aria-multiline="true" contenteditable="true" spellcheck="false"></div></div>
      <div class="Ap"><div id="tiny" g_editable="true" contenteditable="true" spellcheck="false" data-size="60x10"></div></div>
      <div class="Ap" hidden><div id="hidden" g_editable="true" contenteditable="true" spellcheck="false"></div></div>`);
    const claim = (el: HTMLElement) => el.closest('.Ap [g_editable="true"]') !== null;
    const gmail = document.getElementById('gmail')!;
    expect(isCandidateField(gmail)).toBe(false);
    expect(isCandidateField(gmail, claim)).toBe(true);
    expect(isCandidateField(document.getElementById('tiny')!, claim)).toBe(false);
    expect(isCandidateField(document.getElementById('hidden')!, claim)).toBe(false);
  });

  it('lets candidateFromEvent find a claimed box from a focus event inside it', () => {
    html(
      '<div class="Ap"><div id="box" contenteditable="true" spellcheck="false"><div><b id="in">x</b></div></div></div>',
    );
    const target = document.getElementById('in')!;
    let found: HTMLElement | null = null;
    let claimedFound: HTMLElement | null = null;
    target.addEventListener('focusin', (event) => {
      found = candidateFromEvent(event);
      claimedFound = candidateFromEvent(event, (el) => el.closest('.Ap') !== null);
    });
    target.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(found).toBeNull();
    expect(claimedFound).toBe(document.getElementById('box'));
  });
});

describe('candidateFromEvent', () => {
  it('finds the editable root from a focus event inside it', () => {
    html('<div id="root" contenteditable="true"><p><b id="inner">hi</b></p></div>');
    const inner = document.getElementById('inner')!;
    let found: HTMLElement | null = null;
    document.addEventListener('focusin', (e) => {
      found = candidateFromEvent(e);
    });
    inner.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(found).toBe(document.getElementById('root'));
  });

  it('reaches into open shadow roots through the composed path', () => {
    html('<my-editor id="host"></my-editor>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const area = document.createElement('textarea');
    shadow.append(area);
    let found: HTMLElement | null = null;
    document.addEventListener('focusin', (e) => {
      found = candidateFromEvent(e);
    });
    area.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(found).toBe(area);
  });
});

describe('findReplyBoxes', () => {
  it('lists boxes in the document and in open shadow roots', () => {
    html('<textarea id="a"></textarea><input type="search"><section id="host"></section>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    inner.setAttribute('contenteditable', 'true');
    shadow.append(inner);
    const boxes = findReplyBoxes(document);
    expect(boxes).toContain(document.getElementById('a'));
    expect(boxes).toContain(inner);
    expect(boxes).toHaveLength(2);
  });
});
