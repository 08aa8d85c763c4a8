import { accountEmail } from './account';
import { defineSite } from './declarative';

/**
 * Gmail. Selectors from InboxSDK and gmail.js (see notes/editors.md): compose body `[g_editable=true]` inside
 * `.Ap`; expanded message `.h7`/`div.adn[data-message-id]`, body `div.a3s`, sender `span.gD[email]`.
 * aria-labels are localised ("Message Body"), so nothing here reads them.
 */
export const gmail = defineSite({
  id: 'gmail',
  hosts: /^mail\.google\.com$/,
  replyBox: '.Ap [g_editable="true"], .M9 [contenteditable="true"][role="textbox"]',
  thread: '[role="main"]',
  message: 'div.adn[data-message-id], .h7',
  body: 'div.a3s',
  author: 'span.gD',
  bodyExclude: ['.gmail_quote', 'blockquote', '.adL', '.yj6qo', '.ajR'],
  authorName: (author) => author.getAttribute('name') ?? author.textContent?.trim() ?? null,
  inbound(message, doc) {
    const me = accountEmail(doc, ['a[href*="accounts.google.com/SignOutOptions"]', 'a[aria-label*="@"]']);
    const from = message.querySelector('span.gD')?.getAttribute('email')?.toLowerCase();
    return !me || !from || from !== me;
  },
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
