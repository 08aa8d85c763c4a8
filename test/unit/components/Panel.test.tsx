// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel, type PanelProps } from '../../../components/Panel';
import { sampleAnalysis } from './analysis';

afterEach(cleanup);

function props(overrides: Partial<PanelProps> = {}): PanelProps {
  return {
    status: 'ready',
    analysis: sampleAnalysis(),
    draft: 'Calm down, there is nothing we can do.',
    scenarioOverride: null,
    canRestore: false,
    busy: false,
    notice: null,
    customerName: 'Emma',
    hasCustomerMessage: true,
    onClose: vi.fn(),
    onScenarioChange: vi.fn(),
    onReplace: vi.fn(),
    onInsert: vi.fn(),
    onCopy: vi.fn(),
    onApply: vi.fn(),
    onRestore: vi.fn(),
    ...overrides,
  };
}

describe('Panel', () => {
  it('is a dialog named "Tact" with the findings, their explanations and the rewrite', () => {
    render(<Panel {...props()} />);
    const dialog = screen.getByRole('dialog', { name: 'Tact' });
    const items = within(dialog)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('tact-finding'));
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('Calm down');
    expect(items[0]!.textContent).toContain('makes them angrier');
    // The rewrite shows as an edit of the draft: what it keeps and adds reads as the rewrite, what it takes away
    // is marked as deleted.
    const shown = dialog.querySelector('.tact-rewrite')!.cloneNode(true) as Element;
    expect(shown.querySelectorAll('ins').length).toBeGreaterThan(0);
    expect(shown.querySelectorAll('del').length).toBeGreaterThan(0);
    for (const del of Array.from(shown.querySelectorAll('del'))) del.remove();
    expect(shown.textContent).toBe(sampleAnalysis().rewrite);
    expect(within(dialog).getByText(/Score 42 of 100/)).toBeTruthy();
  });

  it('has the four actions as buttons named as they read, and calls each', async () => {
    const user = userEvent.setup();
    const p = props({ canRestore: true });
    render(<Panel {...p} />);
    await user.click(screen.getByRole('button', { name: 'Replace draft' }));
    await user.click(screen.getByRole('button', { name: 'Insert at cursor' }));
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    await user.click(screen.getByRole('button', { name: 'Restore original' }));
    expect(p.onReplace).toHaveBeenCalledOnce();
    expect(p.onInsert).toHaveBeenCalledOnce();
    expect(p.onCopy).toHaveBeenCalledOnce();
    expect(p.onRestore).toHaveBeenCalledOnce();
  });

  it('disables "Restore original" until there is something to restore', () => {
    render(<Panel {...props({ canRestore: false })} />);
    expect((screen.getByRole('button', { name: 'Restore original' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("applies one finding's replacement, and offers none where the finding has no replacement", async () => {
    const user = userEvent.setup();
    const p = props();
    render(<Panel {...p} />);
    const apply = screen.getAllByRole('button', { name: /^Replace “/ });
    expect(apply).toHaveLength(1);
    expect(apply[0]!.getAttribute('aria-label')).toBe(
      'Replace “Calm down” with “I completely understand how frustrating this is”',
    );
    await user.click(apply[0]!);
    expect(p.onApply).toHaveBeenCalledWith(0);
  });

  it('lets the agent change the scenario, and go back to automatic', async () => {
    const user = userEvent.setup();
    const p = props();
    render(<Panel {...p} />);
    const picker = screen.getByRole('combobox', { name: 'Scenario' });
    await user.selectOptions(picker, 'complaint');
    expect(p.onScenarioChange).toHaveBeenLastCalledWith('complaint');
    await user.selectOptions(picker, '');
    expect(p.onScenarioChange).toHaveBeenLastCalledWith(null);
  });

  it('closes on Escape', async () => {
    const user = userEvent.setup();
    const p = props({ focusRequest: 1 });
    render(<Panel {...p} />);
    expect(document.activeElement).toBe(screen.getByRole('dialog', { name: 'Tact' }));
    await user.keyboard('{Escape}');
    expect(p.onClose).toHaveBeenCalledOnce();
  });

  it('takes focus only when asked to, never on a re-render while the agent types', () => {
    const outside = document.createElement('textarea');
    document.body.append(outside);
    outside.focus();
    const { rerender } = render(<Panel {...props({ focusRequest: 0 })} />);
    expect(document.activeElement).toBe(outside);
    rerender(<Panel {...props({ focusRequest: 0, analysis: sampleAnalysis({ score: 60 }) })} />);
    expect(document.activeElement).toBe(outside);
    rerender(<Panel {...props({ focusRequest: 1 })} />);
    expect(document.activeElement).toBe(screen.getByRole('dialog', { name: 'Tact' }));
    outside.focus();
    rerender(<Panel {...props({ focusRequest: 1, analysis: sampleAnalysis({ score: 70 }) })} />);
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });

  it('announces the result of an action in a status region', () => {
    render(<Panel {...props({ notice: { kind: 'error', text: 'This editor did not accept the text.' } })} />);
    expect(screen.getByRole('status').textContent).toContain('did not accept the text');
  });

  it('says when there is nothing to change', () => {
    render(<Panel {...props({ analysis: sampleAnalysis({ findings: [], score: 100 }) })} />);
    expect(screen.getByText(/Nothing to change/)).toBeTruthy();
  });
});
