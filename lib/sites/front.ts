import { defineSite } from './declarative';

/**
 * Front (app.frontapp.com). UNVERIFIED: no public code shows Front's markup. Class names are generated, so
 * only data attributes are guessed here; when they find nothing on the page the generic adapter coaches the
 * box, and the agent's selection or the page's text gives the customer's message (#14).
 */
export const front = defineSite({
  id: 'front',
  hosts: /^app\.frontapp\.com$/,
  markers: ['[data-testid="conversation-messages"]'],
  replyBox: ['[data-testid="composer"]'],
  thread: ['[data-testid="conversation-messages"]'],
  message: ['[data-testid="message"]'],
  body: ['[data-testid="message-body"]'],
  author: ['[data-testid="message-sender"]'],
  bodyExclude: ['blockquote', '.front-blockquote'],
  inbound: (message) => message.getAttribute('data-direction') === 'inbound',
  exclude: ['blockquote', '.front-blockquote', '[data-testid="signature"]', '.signature'],
});
