import { describe, expect, it } from 'vitest';
import { toolbarState, webOrigin } from '../../../lib/background/toolbarState';

/** Which icon a tab's toolbar shows for the agent's site rules (#15); the browser side is test/browser/toolbar.test.ts. */
const none = { enabled: [], disabled: [] };

describe('toolbarState', () => {
  it('is on for a default host and off once the agent turned that site off', () => {
    expect(toolbarState('https://mail.google.com/mail/u/0/', none, false)).toBe('on');
    expect(toolbarState('https://acme.zendesk.com/agent/tickets/1', none, false)).toBe('on');
    expect(
      toolbarState('https://mail.google.com/mail/u/0/', { enabled: [], disabled: ['https://mail.google.com'] }, false),
    ).toBe('off');
  });

  it('is on for a site the agent turned on only while the browser grants it', () => {
    const sites = { enabled: ['https://support.acme.example'], disabled: [] };
    expect(toolbarState('https://support.acme.example/tickets', sites, true)).toBe('on');
    expect(toolbarState('https://support.acme.example/tickets', sites, false)).toBe('off');
    expect(toolbarState('https://other.example/', sites, true)).toBe('off');
  });

  it('is off where Tact cannot run or the address is unknown', () => {
    for (const url of [
      undefined,
      '',
      'chrome://newtab/',
      'about:blank',
      'file:///tmp/a.html',
      'chrome-extension://x/popup.html',
    ]) {
      expect(toolbarState(url, { enabled: ['https://mail.google.com'], disabled: [] }, true), String(url)).toBe('off');
    }
  });

  it('takes the origin of web pages only', () => {
    expect(webOrigin('http://127.0.0.1:8080/a?b#c')).toBe('http://127.0.0.1:8080');
    expect(webOrigin('about:blank')).toBeNull();
  });
});
