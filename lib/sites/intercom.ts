import { defineSite } from './declarative';

/** Parts written by the team: email replies and internal notes (public userscripts for today's inbox). */
const TEAM_PART = '.inbox2__admin-email-part, .inbox2__note-part, [data-testid="admin-avatar-name"]';

/**
 * Intercom inbox (app.intercom.com). Today's inbox (public userscripts, 2025–2026): the composer is a
 * ProseMirror editor (`.ProseMirror[role=textbox]` in `.inbox2__composer__container`) inside
 * `[data-intercom-target="conversation-space"]`; the stream's parts are
 * `[data-intercom-target="conversation-stream-content-part"]` with `.intercom-interblocks` bodies, and a
 * customer's email part carries `.inbox2__user-email-part`. The older inbox's `.conversation__*` classes come
 * after (our first adapter; unverified). Internal notes are the team's, never the customer's.
 */
export const intercom = defineSite({
  id: 'intercom',
  hosts: /^app\.intercom\.(com|io)$/,
  markers: ['[data-intercom-target="conversation-space"]', '.conversation__stream'],
  replyBox: ['.inbox2__composer__container', '.inbox__conversation-composer', '[data-intercom-target="composer"]'],
  thread: ['[data-intercom-target="conversation-space"]', '.conversation__stream'],
  message: ['[data-intercom-target="conversation-stream-content-part"]', '.conversation__part'],
  body: ['.intercom-interblocks', '.conversation__text'],
  // Today's parts show no author name in public code: the name is not found there (the readout says so).
  author: ['.conversation__part__author'],
  bodyExclude: ['blockquote'],
  inbound(message) {
    if (message.matches('.conversation__part')) return message.classList.contains('o__user-comment');
    if (message.querySelector('.inbox2__user-email-part')) return true;
    return !message.querySelector(TEAM_PART);
  },
  exclude: ['blockquote'],
});
