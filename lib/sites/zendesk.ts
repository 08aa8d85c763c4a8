import { defineSite, queryFirst } from './declarative';
import { squash } from './text';

/** The requester field of the ticket's properties (unverified: no public code reads it). */
const REQUESTER = ['[data-test-id="ticket-system-field-requester-select"]'];

/** The requester's name, read in the box's ticket pane only: another open ticket has another requester (#14). */
function requester(scope: ParentNode): string | null {
  return squash(queryFirst(scope, REQUESTER)?.textContent) || null;
}

/**
 * Zendesk agent workspace. The reply box is a CKEditor 5 editable (`.ck-editor__editable`, verified by
 * several extensions). Zendesk keeps every open ticket mounted and hides the inactive ones, so the thread and
 * the requester are read from the ticket pane around the editor, `[data-side-conversations-anchor-id]`
 * (public userscripts, e.g. liferay-zendesk-userscript, scope every lookup to it).
 */
export const zendesk = defineSite({
  id: 'zendesk',
  hosts: /(^|\.)zendesk\.com$/,
  markers: ['[data-side-conversations-anchor-id]', '[data-test-id="omni-log-container"]'],
  replyBox: [
    // Omnichannel composer: unverified test id, kept from our first adapter.
    '[data-test-id="omnicomposer-rich-text-ckeditor"]',
    // CKEditor 5's own root class: verified (Zendesk's editor is CKEditor 5).
    '.ck-editor',
    // The ticket pane's `.editor`: liferay-zendesk-userscript.
    '[data-side-conversations-anchor-id] .editor',
  ],
  // Subject input: `input[data-test-id="omni-header-subject"]` (userscripts); inputs are never the reply anyway.
  notReply: ['[data-test-id="omni-header-subject"]'],
  // One ticket: userscripts query `div[data-side-conversations-anchor-id="<ticket id>"]`.
  pane: ['[data-side-conversations-anchor-id]'],
  // The omni log: unverified test id (userscripts read the articles of a `section` in the ticket pane).
  thread: ['[data-test-id="omni-log-container"]'],
  // One comment: `article` in the omni log (userscripts); the test id is unverified.
  message: ['[data-test-id="omni-log-comment-item"]', 'article'],
  // Comment text: `[data-test-id="omni-log-item-message"]` (userscripts); the content id is unverified.
  body: ['[data-test-id="omni-log-message-content"]', '[data-test-id="omni-log-item-message"]'],
  // Sender: unverified.
  author: ['[data-test-id="omni-log-item-sender"]'],
  bodyExclude: ['blockquote', '.zd-comment-quote'],
  inbound(message, scope) {
    if (message.querySelector('[data-test-id="omni-log-internal-note-tag"]')) return false;
    const customer = requester(scope);
    const author = squash(message.querySelector('[data-test-id="omni-log-item-sender"]')?.textContent);
    return customer ? author === customer : true;
  },
  exclude: ['blockquote', '.signature'],
});
