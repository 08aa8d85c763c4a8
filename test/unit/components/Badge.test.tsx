// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Badge, badgeName } from '../../../components/Badge';
import { I18nProvider } from '../../../components/i18n';
import { tableTranslator } from '../../../lib/i18n/messages';

const en = tableTranslator('en');

afterEach(cleanup);

describe('Badge', () => {
  it('is a button named with the score and the number of suggestions', () => {
    render(<Badge status="ready" score={42} count={3} open={false} onToggle={() => {}} />);
    const badge = screen.getByRole('button', { name: 'Tact: score 42, 3 suggestions' });
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    expect(badge.getAttribute('aria-haspopup')).toBe('dialog');
  });

  it('says "1 suggestion" and "no suggestions" in the singular and the empty case', () => {
    expect(badgeName(en, 'ready', 80, 1)).toBe('Tact: score 80, 1 suggestion');
    expect(badgeName(en, 'ready', 100, 0)).toBe('Tact: score 100, no suggestions');
  });

  it('keeps its previous score while a newer draft is being checked', () => {
    expect(badgeName(en, 'checking', 55, 2)).toBe('Tact: score 55, 2 suggestions');
    expect(badgeName(en, 'checking', null, 0)).toBe('Tact: checking your draft');
    expect(badgeName(en, 'error', null, 0)).toMatch(/^Tact: /);
  });

  it('speaks the interface language with its plural forms', () => {
    const ru = tableTranslator('ru');
    expect(badgeName(ru, 'ready', 80, 1)).toBe('Tact: оценка 80, 1 замечание');
    expect(badgeName(ru, 'ready', 80, 3)).toBe('Tact: оценка 80, 3 замечания');
    expect(badgeName(ru, 'ready', 80, 11)).toBe('Tact: оценка 80, 11 замечаний');
    expect(badgeName(ru, 'ready', 80, 21)).toBe('Tact: оценка 80, 21 замечание');
    expect(badgeName(tableTranslator('et'), 'ready', 80, 2)).toBe('Tact: skoor 80, 2 soovitust');
    expect(badgeName(tableTranslator('lv'), 'ready', 80, 21)).toBe('Tact: vērtējums 80, 21 ieteikums');
    render(
      <I18nProvider t={tableTranslator('et')}>
        <Badge status="ready" score={42} count={1} open={false} onToggle={() => {}} />
      </I18nProvider>,
    );
    expect(screen.getByRole('button', { name: 'Tact: skoor 42, 1 soovitus' })).toBeTruthy();
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
