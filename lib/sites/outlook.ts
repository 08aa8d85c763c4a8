import { accountEmail, emailIn } from './account';
import { defineSite, queryAll } from './declarative';
import { blockText, squash } from './text';
import type { CustomerMessage } from './types';

/** One message body in the reading pane: public Outlook scripts (`div[id^="UniqueMessageBody"][role=document]`). */
const BODY = 'div[id^="UniqueMessageBody"][role="document"]';
/** A person with the address in `title`: public Outlook scripts read senders as `span[title*="@"]`. */
const PERSON = 'span[title*="@"]';
/** Outlook's own markers above the quoted message in a reply body (Outlook writes them into the mail it sends). */
const QUOTE_HEADER = ['#divRplyFwdMsg', '[id$="divRplyFwdMsg"]'];

/** The message around a body: its nearest ancestor that also shows a sender, and no other body. */
function messageAround(body: Element, thread: Element): Element | null {
  for (let node = body.parentElement; node && node !== thread.parentElement; node = node.parentElement) {
    if (node.querySelectorAll(BODY).length > 1) return null;
    if (node.querySelector(PERSON)) return node;
  }
  return null;
}

/** The sender of a message: the first person shown before its body (From comes before To/Cc). */
function senderOf(message: Element): Element | null {
  const body = message.querySelector(BODY);
  for (const person of Array.from(message.querySelectorAll(PERSON))) {
    if (!body || person.compareDocumentPosition(body) & 4) return person;
  }
  return null;
}

/** The signed-in agent's display name from the tab title "Mail - Name - Outlook" (unverified, a second signal). */
function agentName(doc: Document): string | null {
  const parts = doc.title.split(' - ').map((p) => p.trim());
  return parts.length >= 3 ? (parts[parts.length - 2] ?? null) : null;
}

/** Addresses the open reply is written to: the To/Cc wells of the compose show them as people too. */
function recipients(doc: Document): Set<string> {
  const out = new Set<string>();
  for (const compose of queryAll(doc, [
    '[data-app-section="MailReadCompose"] [role="textbox"]:not([aria-multiline="true"])',
  ])) {
    for (const person of Array.from(compose.querySelectorAll(PERSON))) {
      const address = emailIn(person.getAttribute('title'));
      if (address) out.add(address);
    }
  }
  return out;
}

/**
 * The message being answered, from the reply body itself: a pop-out compose has no thread beside it, only the
 * quoted message below Outlook's `#divRplyFwdMsg` header, whose first line names the sender ("From: Name <…>").
 */
function quotedMessage(box: HTMLElement): CustomerMessage | null {
  const header = QUOTE_HEADER.map((s) => box.querySelector(s)).find((el) => el !== null);
  if (!header) return null;
  const range = box.ownerDocument.createRange();
  range.setStartAfter(header);
  range.setEnd(box, box.childNodes.length);
  const text = blockText(range.cloneContents());
  if (!text) return null;
  const first = blockText(header).split('\n')[0] ?? '';
  const name = squash(first.replace(/^[^:]{1,24}:\s*/, '').replace(/<[^>]*>|\[[^\]]*\]/g, '')) || null;
  return { text, name: name && !name.includes('@') ? name : null };
}

/**
 * Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com, outlook.cloud.microsoft).
 * The reply body is Roosterjs in a contenteditable textbox with `aria-multiline="true"`: To/Cc are
 * contenteditable textboxes too, without it. A pop-out compose is `[data-app-section="Form_Content"]` and has no
 * thread beside it: the customer's message is then the quoted one in the reply body. Without the agent's
 * address every sender would count as the customer and the agent's own last reply be taken for theirs, so the
 * agent is found three ways: the account control's address, the tab title's name, and the reply's recipients.
 * aria-labels are localised, so none is read.
 */
export const outlook = defineSite({
  id: 'outlook',
  hosts: /^outlook\.(office\.com|office365\.com|live\.com|cloud\.microsoft)$/,
  replyBox: [
    // Pop-out compose: public Outlook scripts.
    '[data-app-section="Form_Content"]',
    // Reading pane with an inline reply: public Outlook scripts (`[data-app-section="MailReadCompose"]`).
    '[data-app-section="MailReadCompose"]',
    // Older full compose and editor wrapper: our first adapter, unverified.
    '[data-app-section="MailCompose"]',
    '[id^="editorParent"]',
  ],
  // The body is the multi-line textbox; To/Cc/Bcc wells are single-line ones (#14).
  editable: ['[aria-multiline="true"]'],
  notReply: ['[role="textbox"]:not([aria-multiline="true"])'],
  standalone: ['[data-app-section="Form_Content"]'],
  // The conversation in the reading pane: `#ReadingPaneContainerId` and ConversationContainer are unverified.
  thread: ['[data-app-section="ConversationContainer"]', '#ReadingPaneContainerId'],
  message: [],
  messages: (thread) =>
    queryAll(thread, [BODY])
      .map((body) => messageAround(body, thread))
      .filter((m): m is Element => m !== null),
  body: [BODY],
  author: [PERSON],
  bodyCut: [...QUOTE_HEADER, '#appendonsend', '#x_divRplyFwdMsg'],
  bodyExclude: ['blockquote'],
  authorName: (author) => squash(author.textContent) || null,
  quoted: quotedMessage,
  inbound(message, scope) {
    const doc = (scope as Node).ownerDocument ?? (scope as Document);
    const sender = senderOf(message);
    const from = emailIn(sender?.getAttribute('title')) ?? emailIn(sender?.textContent);
    const me = accountEmail(doc, ['#mectrl_currentAccount_secondary', '#O365_MainLink_Me']);
    if (me && from === me) return false;
    const myName = agentName(doc);
    if (myName && squash(sender?.textContent) === myName) return false;
    const to = recipients(doc);
    return to.size === 0 || !from || to.has(from);
  },
  exclude: ['#appendonsend', ...QUOTE_HEADER, '#x_divRplyFwdMsg', '#Signature', '[id$="_Signature"]', 'blockquote'],
});
