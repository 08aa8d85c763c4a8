import { describe, expect, it } from 'vitest';
import { coachingFor, healthLine, readConversation, siteVouches } from '../../../lib/sites/coach';
import { loadFixture } from './fixtures';

const GMAIL = 'https://mail.google.com/mail/u/0/';
const OUTLOOK = 'https://outlook.office.com/mail/inbox/id/AAQkAD1';

const at = (url: string) => ({ hostname: new URL(url).hostname });
const el = (doc: Document, selector: string) => doc.querySelector<HTMLElement>(selector)!;

describe('never silent on a supported site (#14)', () => {
  it("vouches for Gmail's spellcheck=false body although its classes changed (the adapter is out of date)", () => {
    const doc = loadFixture('gmail', 'unknown-layout-2026-12.html', GMAIL);
    const box = el(doc, '[g_editable="true"]');
    expect(box.getAttribute('spellcheck')).toBe('false');
    expect(siteVouches(at(GMAIL), doc, box)).toBe(true);
    expect(coachingFor(at(GMAIL), doc, box)).toMatchObject({ site: 'gmail', fallback: 'outdated' });
  });

  it('does not vouch for a search combobox, even where the adapter is out of date', () => {
    const doc = loadFixture('gmail', 'unknown-layout-2026-12.html', GMAIL);
    expect(siteVouches(at(GMAIL), doc, el(doc, 'input[name="q"]'))).toBe(false);
  });

  it('stays out of the subject, To and search fields on a page whose reply box the adapter finds', () => {
    const gmail = loadFixture('gmail', 'popout-reply-hidden-view-2026-12.html', GMAIL);
    expect(coachingFor(at(GMAIL), gmail, el(gmail, 'input[name="subjectbox"]'))).toBeNull();
    const outlook = loadFixture('outlook', 'reading-pane-own-reply-last-2026-12.html', OUTLOOK);
    expect(coachingFor(at(OUTLOOK), outlook, el(outlook, '[aria-label="Kam"]'))).toBeNull();
    expect(coachingFor(at(OUTLOOK), outlook, el(outlook, '[role="search"] input'))).toBeNull();
    const zendesk = loadFixture(
      'zendesk',
      'two-tickets-open-2026-12.html',
      'https://acme.zendesk.com/agent/tickets/8815',
    );
    const subject = el(zendesk, '[data-side-conversations-anchor-id="8815"] [data-test-id="omni-header-subject"]');
    expect(coachingFor({ hostname: 'acme.zendesk.com' }, zendesk, subject)).toBeNull();
  });

  it('coaches another multi-line box on a known page with the generic adapter, reading the site thread', () => {
    const doc = loadFixture('gmail', 'thread-reply-2026-11.html', GMAIL);
    const note = doc.createElement('div');
    note.setAttribute('contenteditable', 'true');
    note.textContent = 'A note to myself';
    el(doc, '[role="main"]').append(note);
    const coaching = coachingFor(at(GMAIL), doc, note);
    expect(coaching).toMatchObject({ site: 'gmail', fallback: 'other-box' });
    expect(coaching!.adapter.id).toBe('generic');
    const reading = readConversation(coaching!);
    expect(reading.source).toBe('thread');
    expect(reading.customer?.name).toBe('Mari Tamm');
  });

  it("Outlook's To/Cc textboxes are not the reply box: the body needs aria-multiline", () => {
    const doc = loadFixture('outlook', 'reading-pane-own-reply-last-2026-12.html', OUTLOOK);
    const coaching = coachingFor(at(OUTLOOK), doc, el(doc, '[aria-multiline="true"]'));
    expect(coaching?.adapter.id).toBe('outlook');
    const to = el(doc, '[aria-label="Kam"]');
    expect(coaching!.adapter.replyBox(to)).toBeNull();
  });
});

describe("the agent's own reply is not the customer's (Outlook, #14)", () => {
  const customerOf = (doc: Document) =>
    readConversation(coachingFor(at(OUTLOOK), doc, el(doc, '[aria-multiline="true"]'))!).customer;

  it("by the reply's recipients, when the tab title does not name the agent", () => {
    const doc = loadFixture('outlook', 'reading-pane-own-reply-last-2026-12.html', OUTLOOK);
    doc.title = 'Outlook';
    expect(customerOf(doc)?.name).toBe('Jānis Bērziņš');
    expect(customerOf(doc)?.text).not.toContain('atbildēsim rīt');
  });

  it('by the name in the tab title, when the To well shows no address', () => {
    const doc = loadFixture('outlook', 'reading-pane-own-reply-last-2026-12.html', OUTLOOK);
    el(doc, '.toWell span[title]').remove();
    expect(customerOf(doc)?.name).toBe('Jānis Bērziņš');
  });

  it('by the account address, when the page shows it', () => {
    const doc = loadFixture('outlook', 'reading-pane-own-reply-last-2026-12.html', OUTLOOK);
    doc.title = 'Outlook';
    el(doc, '.toWell span[title]').remove();
    const account = doc.createElement('div');
    account.id = 'mectrl_currentAccount_secondary';
    account.textContent = 'atbalsts@veikals.lv';
    doc.body.append(account);
    expect(customerOf(doc)?.name).toBe('Jānis Bērziņš');
  });
});

describe("the agent's selection stands in on every site (#14)", () => {
  it('when a known site shows no thread, the selection outside the box is the customer message', () => {
    const url = 'https://app.frontapp.com/open/cnv_1';
    const doc = loadFixture('front', 'conversation-2026-11.html', url);
    el(doc, '[data-testid="conversation-messages"]').remove();
    const quote = doc.createElement('p');
    quote.textContent = 'Please cancel order 7781 today.';
    doc.body.prepend(quote);
    const range = doc.createRange();
    range.selectNodeContents(quote);
    doc.getSelection()!.removeAllRanges();
    doc.getSelection()!.addRange(range);
    const reading = readConversation(coachingFor(at(url), doc, el(doc, '.ProseMirror'))!);
    expect(reading).toMatchObject({ source: 'selection', customer: { text: 'Please cancel order 7781 today.' } });
    expect(reading.health).toMatchObject({ adapter: 'front', box: true, thread: false, customer: true, name: false });
  });

  it("the thread's message wins over a selection when the thread is found", () => {
    const doc = loadFixture('gmail', 'thread-reply-2026-11.html', GMAIL);
    const range = doc.createRange();
    range.selectNodeContents(el(doc, 'h2'));
    doc.getSelection()!.addRange(range);
    const reading = readConversation(coachingFor(at(GMAIL), doc, el(doc, '[g_editable="true"]'))!);
    expect(reading.source).toBe('thread');
  });
});

describe('selector health readout', () => {
  it('names the adapter, the fallback and each part', () => {
    const doc = loadFixture('helpscout', 'conversation-classic-2026-11.html', 'https://secure.helpscout.net/c/1');
    const reading = readConversation(
      coachingFor({ hostname: 'secure.helpscout.net' }, doc, el(doc, '.redactor-editor'))!,
    );
    expect(reading.health).toEqual({
      site: 'helpscout',
      adapter: 'generic',
      fallback: 'outdated',
      box: false,
      thread: true,
      customer: true,
      name: false,
      source: 'thread',
    });
    expect(healthLine(reading.health)).toBe(
      'adapter generic on helpscout (outdated) · box ✗ · thread ✓ · customer message ✓ [thread] · name ✗',
    );
  });
});
