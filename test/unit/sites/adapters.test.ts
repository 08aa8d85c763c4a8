import { describe, expect, it } from 'vitest';
import { type Coaching, coachingFor, readConversation } from '../../../lib/sites/coach';
import { adapterFor, SITE_ADAPTERS } from '../../../lib/sites/registry';
import { blockText } from '../../../lib/sites/text';
import { fixturesOf, loadFixture } from './fixtures';

interface Case {
  site: string;
  file: string;
  url: string;
  /** Selector of the editable the agent focuses in the fixture. */
  editable: string;
  /** The adapter that coaches the box (default: the site's own). */
  adapter?: string;
  /** Why the generic adapter coaches on a known site (default: none). */
  fallback?: 'outdated' | 'other-box';
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
    site: 'gmail',
    file: 'popout-reply-hidden-view-2026-12.html',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXK',
    editable: '[g_editable="true"]',
    customer: {
      contains: ['My parcel was due last week and it still has not arrived.'],
      excludes: ['cancel my subscription'],
      name: 'Emma Clarke',
    },
    draft: 'Hi Emma,\nCalm down, the courier is late.',
  },
  {
    site: 'gmail',
    file: 'unknown-layout-2026-12.html',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXL',
    editable: '[g_editable="true"]',
    adapter: 'generic',
    fallback: 'outdated',
    customer: { contains: ['My parcel was due last week'], excludes: ['Calm down'], name: null },
    draft: 'Hi Emma,\nCalm down, the courier is late.',
  },
  {
    site: 'outlook',
    file: 'reading-pane-own-reply-last-2026-12.html',
    url: 'https://outlook.office.com/mail/inbox/id/AAQkAD1',
    editable: '[aria-multiline="true"]',
    customer: {
      contains: ['Man tās vajag līdz piektdienai, vai varat pateikt, kad tās būs?'],
      excludes: ['Pārbaudīsim noliktavu', 'No:', 'atbildēsim rīt'],
      name: 'Jānis Bērziņš',
    },
    draft: 'Labdien,\ndiemžēl tās nav noliktavā un mēs nezinām, kad būs.',
  },
  {
    site: 'outlook',
    file: 'popout-compose-2026-12.html',
    url: 'https://outlook.cloud.microsoft/mail/deeplink/compose',
    editable: '[aria-multiline="true"]',
    customer: {
      contains: ['My parcel was due last week and it still has not arrived.'],
      excludes: ['invoice', 'From:', 'courier is late'],
      name: 'Emma Clarke',
    },
    draft: 'Hi Emma,\nThe courier is late, nothing we can do about it.',
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
    site: 'zendesk',
    file: 'two-tickets-open-2026-12.html',
    url: 'https://acme.zendesk.com/agent/tickets/8815',
    editable: '[data-side-conversations-anchor-id="8815"] .ck-editor__editable',
    customer: {
      contains: ['My order 7781 never arrived'],
      excludes: ['charged twice', 'checking with the courier'],
      name: 'Pierre Dubois',
    },
    draft: 'Hi,\nthe courier lost it, not our problem.',
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
    file: 'conversation-2026-12.html',
    url: 'https://secure.helpscout.net/conversation/1204/',
    editable: '[data-slate-editor="true"]',
    customer: {
      contains: ['Any news? I need it for a trip next week.'],
      excludes: ['We are checking', 'warehouse'],
      name: null,
    },
    draft: 'Hi Tom,\nThe medium is out of stock, nothing we can do.',
  },
  {
    site: 'helpscout',
    file: 'conversation-classic-2026-11.html',
    url: 'https://secure.helpscout.net/conversation/1187/',
    editable: '.redactor-editor',
    adapter: 'generic',
    fallback: 'outdated',
    customer: { contains: ['Still no refund on my card.'], excludes: ['look into it', 'returned'], name: null },
    draft: 'Hi Tom,\nRefunds take time, be patient.',
  },
  {
    site: 'intercom',
    file: 'inbox2-conversation-2026-12.html',
    url: 'https://app.intercom.com/a/inbox/abc/inbox/conversation/2',
    editable: '.ProseMirror',
    customer: {
      contains: ['It is really annoying, I have to log in all the time.'],
      excludes: ['Known bug', 'which phone'],
      name: null,
    },
    draft: "I don't know why that happens.",
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

/** The focused editable and how Tact coaches it there. */
function coach(doc: Document, url: string, selector: string): Coaching {
  const editable = doc.querySelector<HTMLElement>(selector);
  expect(editable, selector).not.toBeNull();
  const coaching = coachingFor({ hostname: new URL(url).hostname }, doc, editable!);
  expect(coaching, 'Tact stays out of the reply box').not.toBeNull();
  return coaching!;
}

describe.each(CASES)('$site on $file', (c) => {
  const doc = loadFixture(c.site, c.file, c.url);

  it('is the site by hostname, and the expected adapter coaches the box', () => {
    expect(adapterFor({ hostname: new URL(c.url).hostname }, doc).id).toBe(c.site);
    const coaching = coach(doc, c.url, c.editable);
    expect(coaching.adapter.id).toBe(c.adapter ?? c.site);
    expect(coaching.fallback).toBe(c.fallback ?? null);
  });

  it("finds the customer's latest inbound message and name of this conversation", () => {
    const reading = readConversation(coach(doc, c.url, c.editable));
    expect(reading.customer).not.toBeNull();
    for (const part of c.customer.contains) expect(reading.customer!.text).toContain(part);
    for (const part of c.customer.excludes) expect(reading.customer!.text).not.toContain(part);
    expect(reading.customer!.name).toBe(c.customer.name);
    expect(reading.health).toMatchObject({ customer: true, name: c.customer.name !== null });
  });

  it('gives the draft region without quoted text and signature', () => {
    const { adapter, box } = coach(doc, c.url, c.editable);
    const text = blockText(box);
    const region = adapter.draftRegion(box, text);
    expect(text.slice(region.start, region.end)).toBe(c.draft);
  });

  it('finds the same region when the editor separates blocks with blank lines', () => {
    const { adapter, box } = coach(doc, c.url, c.editable);
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
    const box = doc.querySelector<HTMLElement>('[g_editable="true"]')!;
    expect(adapter.replyBox(box)).toBe(box);
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
