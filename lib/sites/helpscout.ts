import { defineSite } from './declarative';

/**
 * Help Scout (secure.helpscout.net). Today's layout (public userscripts and extensions): the reply editor is
 * `[data-cy="ConvoEditor"]` (Slate, an old major version), the thread `[data-testid="ThreadContainer"]` of
 * `li > div[id^="thread-"]` items, the customer's marked `.is-customer`. The older layout (Maxr1998/userscripts
 * `helpscout_click_to_copy`, 2024): messages in `#tkContent`, `article.thread` items (`.customer`) with a
 * `section.messageBody`. No public code reads the author's name, so none is read (the readout says so).
 */
export const helpscout = defineSite({
  id: 'helpscout',
  hosts: /^secure\.helpscout\.net$/,
  markers: ['[data-testid="ThreadContainer"]', '[data-cy="ConvoEditor"]', '#tkContent'],
  // The older layout's reply box has no public selector: there the generic adapter coaches it (#14).
  replyBox: ['[data-cy="ConvoEditor"]'],
  thread: ['[data-testid="ThreadContainer"]', '#tkContent', ':has(> article.thread)'],
  message: ['li > div[id^="thread-"]', 'article.thread'],
  // Today's body has no public selector: the item's own text, quoted history removed; older: section.messageBody.
  body: ['section.messageBody', ':scope'],
  author: [],
  bodyExclude: ['blockquote', '.hs_reply'],
  inbound: (message) => message.classList.contains('is-customer') || message.classList.contains('customer'),
  exclude: ['blockquote', '.hs-signature', '.signature'],
});
