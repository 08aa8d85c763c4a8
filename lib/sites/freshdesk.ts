import { defineSite } from './declarative';

/**
 * Freshdesk agent ticket view. The reply editor is Froala (`.fr-element.fr-view`); conversation items carry
 * their direction as a class. Quoted history uses Freshdesk's own `freshdesk_quote` class (it appears in
 * Freshdesk's outgoing mail). Structure not verified publicly beyond that: detect the editor by fingerprint.
 */
export const freshdesk = defineSite({
  id: 'freshdesk',
  hosts: /(^|\.)freshdesk\.com$/,
  markers: ['.ticket-conversation .conversation-item', '[data-test-id="ticket-reply-editor"]'],
  replyBox: '.reply-editor, [data-test-id="ticket-reply-editor"], .fr-box',
  thread: '.ticket-conversation',
  message: '.conversation-item',
  body: '.conversation-item__body',
  author: '.conversation-item__author',
  bodyExclude: ['.freshdesk_quote', 'blockquote'],
  inbound: (message) => message.classList.contains('incoming'),
  exclude: ['.freshdesk_quote', 'blockquote', '.fd-signature', '.signature'],
});
