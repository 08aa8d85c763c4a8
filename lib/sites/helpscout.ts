import { defineSite } from './declarative';

/**
 * Help Scout (secure.helpscout.net). Threads are listed oldest first with a customer/agent marker on each
 * item; the reply editor sits below them. Editor kind is detected at run time (notes/editors.md).
 */
export const helpscout = defineSite({
  id: 'helpscout',
  hosts: /^secure\.helpscout\.net$/,
  markers: ['#hs-conversation-threads'],
  replyBox: '.c-reply-editor, [data-cy="reply-editor"]',
  thread: '#hs-conversation-threads, .c-conversation',
  message: '.c-thread-item',
  body: '.c-thread-item__body',
  author: '.c-thread-item__author',
  bodyExclude: ['blockquote', '.hs_reply'],
  inbound: (message) => message.getAttribute('data-thread-type') === 'customer',
  exclude: ['blockquote', '.hs-signature', '.signature'],
});
