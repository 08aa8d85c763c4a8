// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { SettingsProvider } from '../../../components/settings/SettingsContext';
import { tableTranslator } from '../../../lib/i18n/messages';
import type { RulePack } from '../../../lib/packs/types';
import { createSettingsStore } from '../../../lib/settings/store';
import type { Platform } from '../../../lib/settings/types';

const builtin: RulePack[] = [
  {
    id: 'en.refusal',
    language: 'en',
    scenario: 'refusal',
    version: 1,
    name: 'Refusals',
    rules: [
      {
        id: 'rules-are-rules',
        patterns: ['rules are rules'],
        message: '"Rules are rules" refuses without a reason.',
        source: 'practice: scenario 4 refusal (seed 002)',
        weight: 6,
        dimension: 'positivity',
        examples: { fires: ['Rules are rules.'], silent: ['Our rules exist because …'] },
      },
    ],
    templates: [{ id: 'default', parts: ['{greeting}', '{body}', '{closing}'] }],
  },
];

const downloads: string[] = [];
const previews: [string, unknown][] = [];
const platform: Platform = {
  requestOrigin: async () => true,
  download: (_name, text) => void downloads.push(text),
  copy: async () => {},
  previewTemplate: async (packId, template) => {
    previews.push([packId, template]);
    return `preview of ${packId}${template ? ' (edited)' : ''}`;
  },
};

async function renderOptions() {
  const s = createSettingsStore();
  await s.ready;
  render(
    <SettingsProvider store={s.store} t={tableTranslator('en')} builtin={builtin} platform={platform}>
      <OptionsPage />
    </SettingsProvider>,
  );
  return s;
}

/** Opens a pack's details: its rules are drawn when it opens. */
async function openPack(name: string) {
  const summary = screen.getByText(name, { selector: '.pack-name' }).closest('summary')!;
  await userEvent.click(summary);
  const details = summary.closest('details')!;
  // A DOM without <details> behaviour: open it as a browser would.
  if (!details.open) {
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
  }
  await screen.findAllByRole('button', { name: /^Never flag this: / });
}

const file = (text: string) => new File([text], 'pack.json', { type: 'application/json' });

/** Holds every read of these storage areas until release() (a browser that has not answered yet). */
function gateReads(areas: { get: (...args: never[]) => Promise<unknown> }[]) {
  let release = () => {};
  const gate = new Promise<void>((r) => {
    release = r;
  });
  const originals = areas.map((area) => area.get);
  for (const area of areas) {
    const get = area.get.bind(area) as (...args: unknown[]) => Promise<unknown>;
    area.get = (async (...args: unknown[]) => {
      await gate;
      return get(...args);
    }) as typeof area.get;
  }
  return {
    release,
    restore: () => {
      for (const [i, area] of areas.entries()) area.get = originals[i]!;
    },
  };
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());

describe('options page', () => {
  it('switches a pack off and stores it', async () => {
    const s = await renderOptions();
    const sw = screen.getByRole('switch', { name: 'Refusals' });
    expect(sw.getAttribute('aria-checked')).toBe('true');
    await userEvent.click(sw);
    await waitFor(() => expect(sw.getAttribute('aria-checked')).toBe('false'));
    expect(await fakeBrowser.storage.sync.get('packToggles')).toEqual({ packToggles: { 'en.refusal': false } });
    s.dispose();
  });

  it('silences a rule and restores it', async () => {
    const s = await renderOptions();
    await openPack('Refusals');
    await userEvent.click(screen.getByRole('button', { name: 'Never flag this: en.refusal.rules-are-rules' }));
    // A built-in rule is silenced by its idea, so in every language: the Estonian rule of the same id goes too.
    const list = await screen.findByRole('list', { name: 'Silenced rules' });
    expect(within(list).getByText('rules-are-rules')).toBeTruthy();
    expect(await fakeBrowser.storage.sync.get('silencedRules')).toEqual({ silencedRules: ['rules-are-rules'] });
    expect(screen.queryByRole('button', { name: 'Never flag this: et.refusal.rules-are-rules' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Flag again: rules-are-rules' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Silenced rules' })).toBeNull());
    s.dispose();
  });

  it('imports a good pack and lists it', async () => {
    const s = await renderOptions();
    const pack = { ...builtin[0], id: 'acme.en.refunds', name: 'Acme refunds' };
    await userEvent.upload(screen.getByLabelText('Import a pack (JSON)'), file(JSON.stringify(pack)));
    expect(await screen.findByText('Pack “acme.en.refunds” added.')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Your own rule packs' })).getByText('Acme refunds')).toBeTruthy();
    s.dispose();
  });

  it('shows where a bad pack is wrong and changes nothing', async () => {
    const s = await renderOptions();
    const before = await fakeBrowser.storage.local.get(null);
    const bad = { ...builtin[0], id: 'acme.en.bad', rules: [{ ...builtin[0]?.rules[0], weight: 'heavy' }] };
    await userEvent.upload(screen.getByLabelText('Import a pack (JSON)'), file(JSON.stringify(bad)));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('rules-are-rules');
    expect(alert.textContent).toContain('weight');
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    expect(s.store.getState().settings.customPacks).toEqual([]);
    s.dispose();
  });

  it('shows values set by policy as locked', async () => {
    await fakeBrowser.storage.managed.set({ packToggles: { 'en.refusal': false } });
    const s = await renderOptions();
    const sw = screen.getByRole('switch', { name: 'Refusals' });
    expect((sw as HTMLButtonElement).disabled).toBe(true);
    expect(sw.getAttribute('aria-checked')).toBe('false');
    expect(screen.getAllByText('Set by your organisation').length).toBeGreaterThan(0);
    s.dispose();
  });

  it('validates a template as it is typed', async () => {
    const s = await renderOptions();
    const part = screen.getByRole('textbox', { name: 'Templates 2' });
    await userEvent.clear(part);
    await userEvent.type(part, 'Thanks {{custmerName}');
    expect((await screen.findByRole('alert')).textContent).toContain('custmerName');
    s.dispose();
  });

  it('shows the saved template’s preview, and the edited one’s when typing pauses (#15)', async () => {
    previews.length = 0;
    const s = await renderOptions();
    await waitFor(() => expect(screen.getByTestId('template-preview').textContent).toBe('preview of en.refusal'));
    expect(previews).toEqual([['en.refusal', null]]);
    const part = screen.getByRole('textbox', { name: 'Templates 2' });
    await userEvent.type(part, ' Thanks.');
    await waitFor(() =>
      expect(screen.getByTestId('template-preview').textContent).toBe('preview of en.refusal (edited)'),
    );
    const [, edited] = previews.at(-1)!;
    expect(edited).toEqual({ id: 'default', parts: ['{greeting}', '{body} Thanks.', '{closing}'] });
    // Typing asks once the typing pauses, not for every key.
    expect(previews.length).toBeLessThan(4);
    s.dispose();
  });

  it('draws before storage and policy answer, and policy still wins over a change made meanwhile (#15)', async () => {
    await fakeBrowser.storage.sync.set({ packToggles: { 'en.other': false } });
    await fakeBrowser.storage.managed.set({ silencedRules: [] });
    // Chrome answers managed storage only once it has loaded the policy, seconds after a cold start; storage
    // itself answers after the page has drawn.
    const gates = gateReads([fakeBrowser.storage.sync, fakeBrowser.storage.local, fakeBrowser.storage.managed]);
    onTestFinished(() => gates.restore());
    const s = createSettingsStore();
    render(
      <SettingsProvider store={s.store} t={tableTranslator('en')} builtin={builtin} platform={platform}>
        <OptionsPage />
      </SettingsProvider>,
    );
    // Drawn from the defaults, nothing read yet: the switches are there and can be used.
    const sw = screen.getByRole('switch', { name: 'Refusals' });
    expect((sw as HTMLButtonElement).disabled).toBe(false);
    expect(sw.getAttribute('aria-checked')).toBe('true');
    // Fields that show stored text wait for it.
    expect((screen.getByRole('textbox', { name: 'Your name' }) as HTMLInputElement).readOnly).toBe(true);
    // A rule silenced before anything is known: policy locks silenced rules, so it is refused once policy is read.
    await openPack('Refusals');
    await userEvent.click(screen.getByRole('button', { name: 'Never flag this: en.refusal.rules-are-rules' }));
    // A pack switched off meanwhile applies to the stored switches, not to the defaults the page was drawn from.
    await userEvent.click(sw);
    gates.release();
    expect((await screen.findByRole('alert')).textContent).toMatch(/silencedRules.*policy/);
    await waitFor(() => expect(sw.getAttribute('aria-checked')).toBe('false'));
    expect(await fakeBrowser.storage.sync.get('packToggles')).toEqual({
      packToggles: { 'en.other': false, 'en.refusal': false },
    });
    expect(await fakeBrowser.storage.sync.get('silencedRules')).toEqual({});
    expect(s.store.getState().locked).toContain('silencedRules');
    await waitFor(() =>
      expect(
        (screen.getByRole('button', { name: 'Never flag this: en.refusal.rules-are-rules' }) as HTMLButtonElement)
          .disabled,
      ).toBe(true),
    );
    expect((screen.getByRole('textbox', { name: 'Your name' }) as HTMLInputElement).readOnly).toBe(false);
    s.dispose();
  });

  it('resets everything after a confirmation', async () => {
    const s = await renderOptions();
    await userEvent.click(screen.getByRole('switch', { name: 'Refusals' }));
    await userEvent.click(screen.getByRole('button', { name: 'Reset all settings' }));
    expect(screen.getByRole('alertdialog').textContent).toContain('Reset every setting');
    await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
    await waitFor(() =>
      expect(screen.getByRole('switch', { name: 'Refusals' }).getAttribute('aria-checked')).toBe('true'),
    );
    s.dispose();
  });
});
