import { defineSite } from './declarative';
import { squash } from './text';

/** The requester's name in the ticket's properties, the customer's name on every Zendesk ticket. */
function requester(doc: Document): string | null {
  const field = doc.querySelector('[data-test-id="ticket-system-field-requester-select"]');
  return squash(field?.textContent) || null;
}

/**
 * Zendesk agent workspace: the reply box is a CKEditor 5 editable (`.ck-editor__editable`, verified by
 * several extensions) in the omnicomposer; the conversation is the omni log, one article per comment.
 * Inbound comments are the requester's; internal notes are never the customer's.
 */
export const zendesk = defineSite({
  id: 'zendesk',
  hosts: /(^|\.)zendesk\.com$/,
  markers: ['[data-test-id="omni-log-container"]', '[data-test-id="omnicomposer-rich-text-ckeditor"]'],
  replyBox: '[data-test-id="omnicomposer-rich-text-ckeditor"], .ck-editor',
  thread: '[data-test-id="omni-log-container"]',
  message: '[data-test-id="omni-log-comment-item"]',
  body: '[data-test-id="omni-log-message-content"]',
  author: '[data-test-id="omni-log-item-sender"]',
  bodyExclude: ['blockquote', '.zd-comment-quote'],
  inbound(message, doc) {
    if (message.querySelector('[data-test-id="omni-log-internal-note-tag"]')) return false;
    const customer = requester(doc);
    const author = squash(message.querySelector('[data-test-id="omni-log-item-sender"]')?.textContent);
    return customer ? author === customer : true;
  },
  exclude: ['blockquote', '.signature'],
});
