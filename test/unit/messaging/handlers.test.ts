import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isOwnSender, registerHandlers } from '../../../lib/background/handlers';
import { sendMessage } from '../../../lib/messaging/protocol';

describe('background analyze handler', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('answers a valid request with an analysis and refuses an invalid one', async () => {
    registerHandlers();
    const a = await sendMessage('analyze', { draft: 'Hi Laura, your order ships today.', customerName: 'Laura' });
    expect(a.language).toBe('en');
    expect(a.score).toBeGreaterThan(0);
    expect(a.rewrite).toContain('Laura');
    await expect(sendMessage('analyze', { draft: 'x'.repeat(200_001) })).rejects.toThrow(/draft/);
  });
});

describe('isOwnSender', () => {
  it('refuses a message another extension sent', () => {
    expect(isOwnSender({ id: 'own' }, 'own')).toBe(true);
    expect(isOwnSender({ id: 'someone-else' }, 'own')).toBe(false);
  });
});
