import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isOwnSender, registerHandlers } from '../../../lib/background/handlers';
import { sendMessage } from '../../../lib/messaging/protocol';
import { BUILTIN_PACKS } from '../../../lib/packs/builtin';
import { defaultModels } from '../../../lib/model';
import { loadedModels } from '../../../lib/model/models';

const MODELS = loadedModels(defaultModels());

describe('background analyze handler', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('answers a valid request with an analysis and refuses an invalid one', async () => {
    const stop = registerHandlers(MODELS);
    const a = await sendMessage('analyze', { draft: 'Hi Laura, your order ships today.', customerName: 'Laura' });
    expect(a.language).toBe('en');
    expect(a.score).toBeGreaterThan(0);
    expect(a.rewrite).toContain('Laura');
    await expect(sendMessage('analyze', { draft: 'x'.repeat(200_001) })).rejects.toThrow(/draft/);
    stop();
  });
});

describe('isOwnSender', () => {
  it('refuses a message another extension sent', () => {
    expect(isOwnSender({ id: 'own' }, 'own')).toBe(true);
    expect(isOwnSender({ id: 'someone-else' }, 'own')).toBe(false);
  });
});

describe('background analyze handler with settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('follows pack switches, silenced rules and the language as soon as they change', async () => {
    const stop = registerHandlers(MODELS);
    const draft = 'Please calm down. The refund was sent on 3 May.';
    const first = await sendMessage('analyze', { draft, customerName: 'Laura' });
    const calm = first.findings.find((f) => /calm down/i.test(f.text));
    expect(calm).toBeDefined();

    await fakeBrowser.storage.sync.set({ silencedRules: [calm!.rule] });
    await new Promise((r) => setTimeout(r, 0));
    const silenced = await sendMessage('analyze', { draft, customerName: 'Laura' });
    expect(silenced.findings.some((f) => f.rule === calm!.rule)).toBe(false);

    const packId = calm!.rule.split('.').slice(0, 2).join('.');
    await fakeBrowser.storage.sync.set({ silencedRules: [], packToggles: { [packId]: false } });
    await new Promise((r) => setTimeout(r, 0));
    const off = await sendMessage('analyze', { draft, customerName: 'Laura' });
    expect(off.findings.some((f) => f.rule.startsWith(`${packId}.`))).toBe(false);

    await fakeBrowser.storage.sync.set({ packToggles: {}, language: 'et' });
    await new Promise((r) => setTimeout(r, 0));
    expect((await sendMessage('analyze', { draft })).language).toBe('et');
    stop();
  });
});

describe('background template preview (#15)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it("answers the sample reply with the saved or the edited template, and refuses a template that isn't valid", async () => {
    const stop = registerHandlers(MODELS);
    await fakeBrowser.storage.sync.set({ profile: { name: 'Kai', company: 'Acme', signature: '' } });
    const saved = await sendMessage('previewTemplate', { packId: 'en.complaint', template: null });
    expect(saved).toContain('Laura');
    expect(saved).toContain('Acme');
    // The complaint template's apology, edited: the preview says it as edited.
    const template = BUILTIN_PACKS.find((p) => p.id === 'en.complaint')!.templates![0]!;
    const parts = template.parts.map((x) => (typeof x === 'string' ? x : { ...x, text: `Truly, ${x.text}` }));
    const edited = await sendMessage('previewTemplate', { packId: 'en.complaint', template: { ...template, parts } });
    expect(edited).toContain('Truly, ');
    expect(saved).not.toContain('Truly, ');
    await expect(
      sendMessage('previewTemplate', { packId: 'en.unknown_answer', template: { id: 'default', parts: ['{nope}'] } }),
    ).rejects.toThrow(/template/);
    expect(await sendMessage('previewTemplate', { packId: 'no.such.pack', template: null })).toBeNull();
    stop();
  });
});
