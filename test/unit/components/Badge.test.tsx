// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Badge, badgeName } from '../../../components/Badge';

afterEach(cleanup);

describe('Badge', () => {
  it('is a button named with the score and the number of suggestions', () => {
    render(<Badge status="ready" score={42} count={3} open={false} onToggle={() => {}} />);
    const badge = screen.getByRole('button', { name: 'Tact: score 42, 3 suggestions' });
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    expect(badge.getAttribute('aria-haspopup')).toBe('dialog');
  });

  it('says "1 suggestion" and "no suggestions" in the singular and the empty case', () => {
    expect(badgeName('ready', 80, 1)).toBe('Tact: score 80, 1 suggestion');
    expect(badgeName('ready', 100, 0)).toBe('Tact: score 100, no suggestions');
  });

  it('keeps its previous score while a newer draft is being checked', () => {
    expect(badgeName('checking', 55, 2)).toBe('Tact: score 55, 2 suggestions');
    expect(badgeName('checking', null, 0)).toBe('Tact: checking your draft');
    expect(badgeName('error', null, 0)).toMatch(/^Tact: /);
  });

  it('toggles the panel from the mouse and the keyboard, and is focusable', async () => {
    const user = userEvent.setup();
    const onToggle = vi.fn();
    render(<Badge status="ready" score={42} count={3} open={false} onToggle={onToggle} />);
    const badge = screen.getByRole('button', { name: /^Tact: / });
    await user.click(badge);
    badge.focus();
    expect(document.activeElement).toBe(badge);
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(onToggle).toHaveBeenCalledTimes(3);
  });

  it('does not take focus from the reply box on mouse press', () => {
    render(<Badge status="ready" score={42} count={3} open={false} onToggle={() => {}} />);
    const badge = screen.getByRole('button', { name: /^Tact: / });
    const press = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    badge.dispatchEvent(press);
    expect(press.defaultPrevented).toBe(true);
  });
});
