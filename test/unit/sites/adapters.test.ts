import { describe, expect, it } from 'vitest';
import { adapterFor, SITE_ADAPTERS } from '../../../lib/sites/registry';
import { blockText } from '../../../lib/sites/text';
import type { SiteAdapter } from '../../../lib/sites/types';
import { fixturesOf, loadFixture } from './fixtures';

interface Case {
  site: string;
  file: string;
  url: string;
  /** Selector of the editable the agent focuses in the fixture. */
  editable: string;
  customer: { contains: string[]; excludes: string[]; name: string | null };
  draft: string;
}

const CASES: Case[] = [
  {
    site: 'gmail',
    file: 'thread-reply-2026-11.html',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJ',
    editable: '[g_editable="true"]',
    customer: {
      contains: ['Tellisin kaks nädalat tagasi ja pakki ikka pole.', 'Palun öelge, millal see saabub.'],
      excludes: ['kontrollime ja anname teada', 'kirjutas:'],
      name: 'Mari Tamm',
    },
    draft: 'Tere!\nSee ei ole meie süü, kuller hilineb. Rahunege maha.',
  },
  {
    site: 'outlook',
    file: 'reading-pane-reply-2026-11.html',
    url: 'https://outlook.office.com/mail/inbox/id/AAQkAD1',
    editable: '[role="textbox"][contenteditable="true"]',
    customer: {
      contains: ['Man tās vajag līdz piektdienai, vai varat pateikt, kad tās būs?'],
      excludes: ['Pārbaudīsim noliktavu', 'No:'],
      name: 'Jānis Bērziņš',
    },
    draft: 'Labdien,\ndiemžēl tās nav noliktavā un mēs nezinām, kad būs.',
  },
  {
    site: 'zendesk',
    file: 'ticket-agent-workspace-2026-11.html',
    url: 'https://acme.zendesk.com/agent/tickets/8812',
    editable: '.ck-editor__editable',
    customer: {
      contains: ['Прошла уже неделя, а деньги так и не вернули.', 'Когда мне вернут деньги?'],
      excludes: ['бухгалтерию', 'дважды'],
      name: 'Ольга Смирнова',
    },
    draft: 'Здравствуйте.\nЭто не моя работа, я передам вашу заявку в другой отдел.',
  },
  {
    site: 'freshdesk',
    file: 'ticket-details-2026-11.html',
    url: 'https://acme.freshdesk.com/a/tickets/3391',
    editable: '.fr-element',
    customer: {
      contains: ['I would like the refund to my card please.'],
      excludes: ['could you send a photo'],
      name: 'Priya Natarajan',
    },
    draft: 'Hi Priya,\nUnfortunately that is against our policy, refunds are not possible.',
  },
  {
    site: 'helpscout',
    file: 'conversation-2026-11.html',
    url: 'https://secure.helpscout.net/conversation/1204/',
    editable: '.ProseMirror',
    customer: {
      contains: ['Any news? I need it for a trip next week.'],
      excludes: ['We are checking', 'warehouse'],
      name: 'Tom Becker',
    },
    draft: 'Hi Tom,\nThe medium is out of stock, nothing we can do.',
  },
  {
    site: 'intercom',
    file: 'inbox-conversation-2026-11.html',
    url: 'https://app.intercom.com/a/inbox/abc/inbox/conversation/1',
    editable: '.ProseMirror',
    customer: {
      contains: ['It is really annoying, I have to log in all the time.'],
      excludes: ['Known bug', 'which phone'],
      name: 'Aiko Sato',
    },
    draft: "I don't know why that happens.",
  },
  {
    site: 'front',
    file: 'conversation-2026-11.html',
    url: 'https://app.frontapp.com/open/cnv_1',
    editable: '.ProseMirror',
    customer: {
      contains: ['Tellimus 7781. Palun tühistage see täna.'],
      excludes: ['milline tellimus'],
      name: 'Kadri Kask',
    },
    draft: 'Tere,\nma ei tea, kas seda saab veel tühistada.',
  },
];

/** The focused editable and the reply box the adapter makes of it. */
function boxIn(doc: Document, adapter: SiteAdapter, selector: string): HTMLElement {
  const editable = doc.querySelector<HTMLElement>(selector);
  expect(editable, selector).not.toBeNull();
  const box = adapter.replyBox(editable!);
  expect(box).not.toBeNull();
  return box!;
}

describe.each(CASES)('$site adapter on $file', (c) => {
  const doc = loadFixture(c.site, c.file, c.url);
  const adapter = adapterFor({ hostname: new URL(c.url).hostname }, doc);

  it('is picked by hostname', () => {
    expect(adapter.id).toBe(c.site);
  });

  it("finds the customer's latest inbound message and name", () => {
    const box = boxIn(doc, adapter, c.editable);
    expect(adapter.findThread(box)).not.toBeNull();
    const message = adapter.customerMessage(box);
    expect(message).not.toBeNull();
    for (const part of c.customer.contains) expect(message!.text).toContain(part);
    for (const part of c.customer.excludes) expect(message!.text).not.toContain(part);
    expect(message!.name).toBe(c.customer.name);
  });

  it('gives the draft region without quoted text and signature', () => {
    const box = boxIn(doc, adapter, c.editable);
    const text = blockText(box);
    const region = adapter.draftRegion(box, text);
    expect(text.slice(region.start, region.end)).toBe(c.draft);
  });

  it('finds the same region when the editor separates blocks with blank lines', () => {
    const box = boxIn(doc, adapter, c.editable);
    const text = `${blockText(box).replace(/\n/g, '\n\n')}\n`;
    const region = adapter.draftRegion(box, text);
    expect(text.slice(region.start, region.end)).toBe(c.draft.replace(/\n/g, '\n\n'));
  });
});

describe('adapter registry', () => {
  it('recognises a helpdesk on a custom domain by its page markers', () => {
    const doc = loadFixture(
      'zendesk',
      'ticket-agent-workspace-2026-11.html',
      'https://support.acme.example/agent/tickets/1',
    );
    expect(adapterFor({ hostname: 'support.acme.example' }, doc).id).toBe('zendesk');
  });

  it('falls back to the generic adapter on an unknown page', () => {
    const doc = loadFixture('generic', 'support-form-2026-11.html', 'https://help.printers.example/t/552');
    expect(adapterFor({ hostname: 'help.printers.example' }, doc).id).toBe('generic');
  });

  it('leaves a field outside the reply box alone on a known site', () => {
    const doc = loadFixture('gmail', 'thread-reply-2026-11.html', 'https://mail.google.com/mail/u/0/');
    const adapter = adapterFor({ hostname: 'mail.google.com' }, doc);
    const search = doc.createElement('input');
    doc.body.prepend(search);
    expect(adapter.replyBox(search)).toBeNull();
  });

  it("skips the agent's own and internal messages when looking for the customer's", () => {
    const doc = loadFixture('gmail', 'thread-reply-2026-11.html', 'https://mail.google.com/mail/u/0/');
    const adapter = adapterFor({ hostname: 'mail.google.com' }, doc);
    doc.querySelector('[data-message-id="#msg-f:3"]')!.remove();
    const box = boxIn(doc, adapter, '[g_editable="true"]');
    // The only other expanded message is the agent's; the first one is collapsed and has no body in the DOM.
    expect(adapter.customerMessage(box)).toBeNull();
  });
});

describe('fixture coverage', () => {
  it('every adapter has at least one saved fixture and a case here', () => {
    for (const adapter of SITE_ADAPTERS) {
      expect(fixturesOf(adapter.id).length, adapter.id).toBeGreaterThan(0);
      expect(
        CASES.some((c) => c.site === adapter.id),
        adapter.id,
      ).toBe(true);
    }
    expect(fixturesOf('generic').length).toBeGreaterThan(0);
  });

  it('fixtures are named by view and dated', () => {
    for (const adapter of [...SITE_ADAPTERS.map((a) => a.id), 'generic']) {
      for (const file of fixturesOf(adapter)) expect(file).toMatch(/^[a-z0-9-]+-\d{4}-\d{2}\.html$/);
    }
  });
});
