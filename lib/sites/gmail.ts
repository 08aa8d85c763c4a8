import { accountEmail } from './account';
import { defineSite } from './declarative';

/**
 * Gmail. Selectors from gmail.js and InboxSDK (see notes/editors.md). Gmail sets spellcheck="false" on its
 * message body (it runs its own spelling), so only this adapter's match makes it a reply box (#14).
 * aria-labels are localised ("Message Body"), so nothing here reads them.
 */
export const gmail = defineSite({
  id: 'gmail',
  hosts: /^mail\.google\.com$/,
  replyBox: [
    // Compose and reply body: gmail.js and InboxSDK (`.Ap [g_editable]`).
    '.Ap [g_editable="true"]',
    // Compose root `div.M9` holding a contenteditable textbox: gmail.js.
    '.M9 [contenteditable="true"][role="textbox"]',
  ],
  // Subject and recipients are inputs/comboboxes; `subjectbox` is the subject's name in gmail.js.
  notReply: ['[name="subjectbox"]', '[name="to"]', '[name="cc"]', '[name="bcc"]'],
  // One conversation view; earlier views stay mounted and hidden, so a box outside it reads only the shown one.
  thread: ['[role="main"]'],
  // Expanded messages: InboxSDK (`div.adn[data-message-id]`), gmail.js (`.h7`). Collapsed `.kv` have no body.
  message: ['div.adn[data-message-id]', '.h7'],
  // Message body: gmail.js (`div.a3s`).
  body: ['div.a3s'],
  // Sender with `name` and `email` attributes: gmail.js and InboxSDK (`span.gD`).
  author: ['span.gD'],
  bodyExclude: ['.gmail_quote', 'blockquote', '.adL', '.yj6qo', '.ajR'],
  authorName: (author) => author.getAttribute('name') ?? author.textContent?.trim() ?? null,
  inbound(message, scope) {
    const doc = (scope as Node).ownerDocument ?? (scope as Document);
    const me = accountEmail(doc, ['a[href*="accounts.google.com/SignOutOptions"]', 'a[aria-label*="@"]']);
    const from = message.querySelector('span.gD')?.getAttribute('email')?.toLowerCase();
    return !me || !from || from !== me;
  },
  // Quote and signature markers Gmail writes into the body: gmail.js, InboxSDK.
  exclude: [
    '.gmail_quote',
    'blockquote.gmail_quote',
    '.gmail_attr',
    '.gmail_signature',
    '[data-smartmail="gmail_signature"]',
    '.ajR',
  ],
  // Gmail saves drafts on its own key handlers, not on DOM changes; InboxSDK nudges it with a key event.
  afterWrite(box) {
    const view = box.ownerDocument.defaultView;
    if (!view) return;
    box.dispatchEvent(new view.InputEvent('input', { bubbles: true }));
    box.dispatchEvent(new view.KeyboardEvent('keyup', { bubbles: true, key: 'Shift', code: 'ShiftLeft' }));
  },
});
