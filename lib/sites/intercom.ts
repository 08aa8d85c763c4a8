import { defineSite } from './declarative';

/**
 * Intercom inbox (app.intercom.com). The conversation stream holds parts marked user or admin; the composer
 * is a rich editor detected at run time. Notes (internal) are admin parts and never the customer's.
 */
export const intercom = defineSite({
  id: 'intercom',
  hosts: /^app\.intercom\.(com|io)$/,
  markers: ['.conversation__stream'],
  replyBox: '.inbox__conversation-composer, [data-intercom-target="composer"]',
  thread: '.conversation__stream',
  message: '.conversation__part',
  body: '.conversation__text',
  author: '.conversation__part__author',
  bodyExclude: ['blockquote'],
  inbound: (message) => message.classList.contains('o__user-comment'),
  exclude: ['blockquote'],
});
