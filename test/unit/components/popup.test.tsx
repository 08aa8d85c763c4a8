// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type PopupApi, PopupPage } from '../../../components/popup/PopupPage';
import { SettingsProvider } from '../../../components/settings/SettingsContext';
import { analyze } from '../../../lib/engine/analyze';
import { tableTranslator } from '../../../lib/i18n/messages';
import { BUILTIN_PACKS } from '../../../lib/packs/builtin';
import type { ReplyState } from '../../../lib/messaging/protocol';
import { enabledPacks } from '../../../lib/settings/packs';
import { createSettingsStore } from '../../../lib/settings/store';

const draft = "Hi, please calm down. I don't know when it will be fixed.";

function renderPopup(state: ReplyState | null, replaced: string[] = []) {
  const s = createSettingsStore();
  const copied: string[] = [];
  const api: PopupApi = {
    getReplyState: async () => state,
    // As the background does: the engine with the packs that are switched on.
    analyze: async (input) => analyze(input, enabledPacks(s.store.getState().settings, BUILTIN_PACKS)),
    replaceDraft: async (text) => {
      replaced.push(text);
      return { ok: true, method: 'execCommand' };
    },
    site: async () => ({ origin: 'https://support.example.com', on: false, byDefault: false }),
    setSiteEnabled: async () => true,
    openOptions: () => {},
  };
  render(
    <SettingsProvider
      store={s.store}
      t={tableTranslator('en')}
      builtin={BUILTIN_PACKS}
      platform={{
        requestOrigin: async () => true,
        download: () => {},
        copy: async (t) => void copied.push(t),
        previewTemplate: async () => null,
      }}
    >
      <PopupPage api={api} />
    </SettingsProvider>,
  );
  return { ...s, copied };
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());

describe('popup', () => {
  it("shows the focused box's analysis and replaces the draft with the rewrite", async () => {
    const replaced: string[] = [];
    const s = renderPopup(
      { draft, customer: 'My internet is down AGAIN!!!', site: 'generic', analysis: null },
      replaced,
    );
    const findings = await screen.findByRole('list', { name: 'Suggestions' });
    expect(within(findings).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(findings.textContent).toContain('calm down');
    const rewrite = screen.getByTestId('rewrite').textContent ?? '';
    expect(rewrite).not.toContain('calm down');
    await userEvent.click(screen.getByRole('button', { name: 'Replace draft' }));
    expect(replaced).toEqual([rewrite]);
    await userEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(s.copied).toEqual([rewrite]);
    s.dispose();
  });

  it('shows which adapter coaches the box and which of its parts were found (#14)', async () => {
    const s = renderPopup({
      draft,
      site: 'generic',
      analysis: null,
      health: {
        site: 'helpscout',
        adapter: 'generic',
        fallback: 'outdated',
        box: false,
        thread: true,
        customer: true,
        name: false,
        source: 'selection',
      },
    });
    const readout = await screen.findByRole('region', { name: 'How Tact reads this page' });
    expect(readout.textContent).toContain('Adapter: generic (helpscout)');
    expect(readout.textContent).toContain('The helpscout page was not recognised');
    const parts = within(readout)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(parts).toEqual([
      'Reply box: not found',
      'Conversation: found',
      "Customer's message: found (from your selection)",
      "Customer's name: not found",
    ]);
    s.dispose();
  });

  it('says what the draft lacks without quoting the whole draft', async () => {
    const state = {
      draft: "Please calm down, I don't know.",
      customer: 'This is the third time I am writing! My order still has not arrived and nobody answers.',
      site: 'generic',
      analysis: null,
    };
    const s = renderPopup(state);
    const findings = await screen.findByRole('list', { name: 'Suggestions' });
    const analysis = analyze(state, enabledPacks(s.store.getState().settings, BUILTIN_PACKS));
    const missing = new Set(
      BUILTIN_PACKS.flatMap((p) => p.rules.filter((r) => r.kind === 'missing').map((r) => `${p.id}.${r.id}`)),
    );
    const lacking = analysis.findings.filter((f) => missing.has(f.rule));
    expect(lacking.length).toBeGreaterThan(0);
    expect(within(findings).getAllByRole('listitem').length).toBe(analysis.findings.length);
    // Only the phrases are quoted; what is missing is told by its message alone.
    expect(findings.querySelectorAll('q').length).toBe(analysis.findings.length - lacking.length);
    for (const f of lacking) expect(findings.textContent).toContain(f.message);
    s.dispose();
  });

  it('analyses a pasted draft when there is no reply box, and a pack switched off changes the result', async () => {
    const s = renderPopup(null);
    await s.ready;
    await userEvent.type(await screen.findByRole('textbox', { name: 'Draft' }), draft);
    await userEvent.click(screen.getByRole('button', { name: 'Check draft' }));
    const before = (await screen.findByRole('list', { name: 'Suggestions' })).textContent ?? '';
    expect(before).toContain('calm down');

    const calmPack = BUILTIN_PACKS.find(
      (p) => p.language === 'en' && p.rules.some((r) => r.examples.fires.some((f) => /calm down/i.test(f))),
    );
    expect(calmPack).toBeDefined();
    await s.store.getState().setPackEnabled(calmPack!.id, false);
    await userEvent.click(screen.getByRole('button', { name: 'Check draft' }));
    // The pack's own suggestion goes (the learned layer, which is no pack, may still name the words).
    const message = calmPack!.rules.find((r) => r.examples.fires.some((f) => /calm down/i.test(f)))!.message;
    expect(before).toContain(message.slice(0, 40));
    await waitFor(() =>
      expect(screen.getByRole('list', { name: 'Suggestions' }).textContent ?? '').not.toContain(message.slice(0, 40)),
    );
    s.dispose();
  });

  it('offers to turn Tact on for a site it does not run on by default', async () => {
    const s = renderPopup(null);
    expect(await screen.findByRole('button', { name: 'Turn Tact on for this site' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Turn Tact on for this site' }));
    expect(await screen.findByRole('button', { name: 'Turn Tact off for this site' })).toBeTruthy();
    s.dispose();
  });

  it('names a team pack the policy pushed that was refused, with the reason (#13)', async () => {
    await fakeBrowser.storage.managed.set({ customPacks: ['{"id": "acme.en.refunds", "rules": 5}'] });
    renderPopup(null);
    const notice = await screen.findByText(/rule pack "acme\.en\.refunds" was refused/);
    expect(notice.textContent).toMatch(/rules/);
  });
});
