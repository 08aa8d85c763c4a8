import { describe, expect, it } from 'vitest';
import { generic } from '../../../lib/sites/generic';
import { loadFixture } from './fixtures';

describe('generic adapter', () => {
  it('takes the draft before the quote header and quoted lines of a textarea', () => {
    const doc = loadFixture('generic', 'support-form-2026-11.html', 'https://help.printers.example/t/552');
    const box = doc.querySelector('textarea') as HTMLTextAreaElement;
    const region = generic.draftRegion(box, box.value);
    expect(box.value.slice(region.start, region.end)).toBe('Hi Dana,\n\nYou must have installed the driver wrong.');
  });

  it("reads the page's article with Readability when nothing is selected", () => {
    const doc = loadFixture('generic', 'support-form-2026-11.html', 'https://help.printers.example/t/552');
    const box = doc.querySelector('textarea') as HTMLTextAreaElement;
    const message = generic.customerMessage(box);
    expect(message?.text).toContain('shows error E4');
    expect(message?.text).not.toContain('installed the driver wrong');
  });

  it("prefers the agent's selection outside the box", () => {
    const doc = loadFixture('generic', 'support-form-2026-11.html', 'https://help.printers.example/t/552');
    const box = doc.querySelector('textarea') as HTMLTextAreaElement;
    const paragraph = doc.querySelectorAll('article p')[2]!;
    const range = doc.createRange();
    range.selectNodeContents(paragraph);
    doc.getSelection()!.removeAllRanges();
    doc.getSelection()!.addRange(range);
    expect(generic.customerMessage(box)?.text).toBe(paragraph.textContent?.trim());
  });

  it('cuts a rich box at its blockquote', () => {
    const doc = loadFixture('generic', 'support-form-2026-11.html', 'https://help.printers.example/t/552');
    const div = doc.createElement('div');
    div.setAttribute('contenteditable', 'true');
    div.innerHTML = '<p>Thanks for waiting.</p><blockquote><p>Old message</p></blockquote>';
    doc.body.append(div);
    expect(generic.draftRegion(div, 'Thanks for waiting.\nOld message')).toEqual({ start: 0, end: 19 });
  });
});
