import { accountEmail, emailIn } from './account';
import { defineSite } from './declarative';

/**
 * Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com). The reading pane is
 * `#ReadingPaneContainerId`; message bodies are `div[role=document]`; the sender shows the name with the
 * address in `title`. Replies carry Outlook's own markers `#appendonsend` / `#divRplyFwdMsg` above the quoted
 * message and `#Signature` around the signature. aria-labels are localised, so none is read here.
 */
export const outlook = defineSite({
  id: 'outlook',
  hosts: /^outlook\.(office|office365|live)\.com$/,
  replyBox: '[id^="editorParent"], [data-app-section="MailReadCompose"], [data-app-section="MailCompose"]',
  thread: '#ReadingPaneContainerId, [data-app-section="ConversationContainer"]',
  message: '[data-convid] [data-test-id="message"], [data-test-id="message"]',
  body: '[role="document"]',
  author: '[data-test-id="sender"] [title], [data-test-id="sender"]',
  bodyCut: ['#appendonsend', '#divRplyFwdMsg', '#x_divRplyFwdMsg'],
  bodyExclude: ['blockquote'],
  inbound(message, doc) {
    const me = accountEmail(doc, ['#mectrl_currentAccount_secondary', '#O365_MainLink_Me']);
    const sender = message.querySelector('[data-test-id="sender"] [title], [data-test-id="sender"]');
    const from = emailIn(sender?.getAttribute('title')) ?? emailIn(sender?.textContent);
    return !me || !from || from !== me;
  },
  exclude: ['#appendonsend', '#divRplyFwdMsg', '#x_divRplyFwdMsg', '#Signature', '[id$="_Signature"]', 'blockquote'],
});
