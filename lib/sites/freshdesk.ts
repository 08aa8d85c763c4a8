import { defineSite } from './declarative';

/**
 * Freshdesk agent ticket view. The reply editor is Froala (`.fr-element.fr-view` in a `.fr-box`: Froala's own
 * markup, and public code that targets Freshdesk's editor). The thread's selectors below are UNVERIFIED: no
 * public code shows Freshdesk's conversation markup, so when they find nothing the agent's selection and then
 * the page's readable text stand in (#14). `freshdesk_quote` is the class of Freshdesk's quoted history in the
 * mail it sends.
 */
export const freshdesk = defineSite({
  id: 'freshdesk',
  hosts: /(^|\.)freshdesk\.com$/,
  markers: ['.fr-box .fr-element.fr-view', '.ticket-conversation .conversation-item'],
  // Froala's box: verified. The wrapper test id and class: unverified.
  replyBox: ['.fr-box', '[data-test-id="ticket-reply-editor"]', '.reply-editor'],
  // Unverified.
  thread: ['.ticket-conversation'],
  message: ['.conversation-item'],
  body: ['.conversation-item__body'],
  author: ['.conversation-item__author'],
  bodyExclude: ['.freshdesk_quote', 'blockquote'],
  inbound: (message) => message.classList.contains('incoming'),
  exclude: ['.freshdesk_quote', 'blockquote', '.fd-signature', '.signature'],
});
