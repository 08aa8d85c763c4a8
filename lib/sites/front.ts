import { defineSite } from './declarative';

/**
 * Front (app.frontapp.com). Class names are generated, so only data attributes are used: each message says
 * whether it is inbound. The composer's quoted history is a blockquote; its signature has its own marker.
 */
export const front = defineSite({
  id: 'front',
  hosts: /^app\.frontapp\.com$/,
  markers: ['[data-testid="conversation-messages"]'],
  replyBox: '[data-testid="composer"]',
  thread: '[data-testid="conversation-messages"]',
  message: '[data-testid="message"]',
  body: '[data-testid="message-body"]',
  author: '[data-testid="message-sender"]',
  bodyExclude: ['blockquote', '.front-blockquote'],
  inbound: (message) => message.getAttribute('data-direction') === 'inbound',
  exclude: ['blockquote', '.front-blockquote', '[data-testid="signature"]', '.signature'],
});
