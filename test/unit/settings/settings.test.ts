import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import type { RulePack } from '../../../lib/packs/types';
import { isSiteEnabled } from '../../../lib/settings/hosts';
import { fromPolicy } from '../../../lib/settings/managedSchema';
import { enabledPacks } from '../../../lib/settings/packs';
import { readSettings } from '../../../lib/settings/read';
import { createSettingsStore } from '../../../lib/settings/store';
import { checkTemplateParts } from '../../../lib/settings/templateCheck';

const pack = (id: string, extra: Partial<RulePack> = {}): RulePack => ({
  id,
  language: 'en',
  scenario: 'refusal',
  version: 1,
  name: `Pack ${id}`,
  rules: [
    {
      id: 'bare-no',
      patterns: ['^ no $'],
      message: 'A bare no answers nothing: give the reason and what you can do instead.',
      source: 'practice: scenario 4 refusal (seed 002)',
      weight: 6,
      dimension: 'positivity',
      examples: { fires: ['No, we cannot.'], silent: ['No problem at all.'] },
    },
  ],
  templates: [{ id: 'default', parts: ['{greeting}', '{body}', '{closing}'] }],
  ...extra,
});

const flush = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  fakeBrowser.reset();
});

describe('reading settings', () => {
  it('gives the defaults on a fresh install', async () => {
    const { settings, locked, notices } = await readSettings();
    expect(settings.language).toBe('auto');
    expect(settings.packToggles).toEqual({});
    expect(locked).toEqual([]);
    expect(notices).toEqual([]);
  });

  it('replaces a corrupted value by its default and says so, keeping the good ones', async () => {
    await fakeBrowser.storage.sync.set({
      language: 'klingon',
      profile: { name: 'Kati', company: 'Elisa', signature: '' },
    });
    const { settings, notices } = await readSettings();
    expect(settings.language).toBe('auto');
    expect(settings.profile.name).toBe('Kati');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('"language"');
  });

  it('does not misread a value saved by a newer version', async () => {
    await fakeBrowser.storage.sync.set({ silencedRules: ['x.y'], silencedRules$: { v: 99 } });
    const { settings, notices } = await readSettings();
    expect(settings.silencedRules).toEqual([]);
    expect(notices[0]).toContain('newer version');
  });

  it('lets managed policy values override local ones and lock them', async () => {
    await fakeBrowser.storage.sync.set({ language: 'et' });
    await fakeBrowser.storage.managed.set({ language: 'lv', packToggles: { 'en.refusal': false } });
    const { settings, locked } = await readSettings();
    expect(settings.language).toBe('lv');
    expect(settings.packToggles).toEqual({ 'en.refusal': false });
    expect(locked.sort()).toEqual(['language', 'packToggles']);
  });

  it('ignores an invalid policy value with a notice', async () => {
    await fakeBrowser.storage.managed.set({ language: 42 });
    const { settings, locked, notices } = await readSettings();
    expect(settings.language).toBe('auto');
    expect(locked).toEqual([]);
    expect(notices.join(' ')).toContain('policy');
  });

  it('reads policy packs and templates given as JSON text', () => {
    const p = pack('acme.en.x');
    expect(fromPolicy('customPacks', [JSON.stringify(p)])).toEqual([p]);
    expect(fromPolicy('templates', '{"a":{"id":"default","parts":["x"]}}')).toEqual({
      a: { id: 'default', parts: ['x'] },
    });
    expect(fromPolicy('language', 'et')).toBe('et');
  });
});

describe('the settings store', () => {
  it('sends a change made in one page to every other open page', async () => {
    const a = createSettingsStore();
    const b = createSettingsStore();
    await Promise.all([a.ready, b.ready]);
    await a.store.getState().setPackEnabled('en.refusal', false);
    await flush();
    await flush();
    expect(b.store.getState().settings.packToggles['en.refusal']).toBe(false);
    a.dispose();
    b.dispose();
  });

  it('refuses to change a value locked by policy', async () => {
    await fakeBrowser.storage.managed.set({ language: 'ru' });
    const { store, ready, dispose } = createSettingsStore();
    await ready;
    expect(await store.getState().setLanguage('en')).toBe(false);
    expect(store.getState().error).toContain('policy');
    expect(await storage.getItem('sync:language')).toBeNull();
    dispose();
  });

  it('draws before policy is read, and a write waits for policy (#15)', async () => {
    await fakeBrowser.storage.sync.set({ language: 'et' });
    await fakeBrowser.storage.managed.set({ language: 'ru' });
    // Chrome answers managed storage only once it has loaded the policy, seconds after a cold start.
    let release = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const get = fakeBrowser.storage.managed.get.bind(fakeBrowser.storage.managed);
    fakeBrowser.storage.managed.get = (async (...args: Parameters<typeof get>) => {
      await gate;
      return get(...args);
    }) as typeof get;
    const { store, ready, dispose } = createSettingsStore();
    await store.getState().hydrate();
    expect(store.getState().hasHydrated).toBe(true);
    expect(store.getState().settings.language).toBe('et');
    const writing = store.getState().setLanguage('lv');
    release();
    expect(await writing).toBe(false);
    await ready;
    expect(store.getState().settings.language).toBe('ru');
    expect(store.getState().locked).toContain('language');
    fakeBrowser.storage.managed.get = get;
    dispose();
  });

  it('imports a good pack and rejects a bad one without changing anything', async () => {
    const { store, ready, dispose } = createSettingsStore();
    await ready;
    const good = pack('acme.en.refunds');
    expect(await store.getState().importPack(JSON.stringify(good), [])).toEqual([]);
    expect(store.getState().settings.customPacks.map((p) => p.id)).toEqual(['acme.en.refunds']);

    const before = await fakeBrowser.storage.local.get(null);
    const bad = { ...good, id: 'acme.en.broken', rules: [{ ...good.rules[0], weight: 99, patterns: ['(unclosed'] }] };
    const errors = await store.getState().importPack(JSON.stringify(bad), []);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map((e) => e.path).join(' ')).toContain('bare-no');
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    expect(await store.getState().importPack('{not json', [])).not.toEqual([]);
    expect(store.getState().settings.customPacks).toHaveLength(1);
    dispose();
  });

  it('does not let an imported pack take a built-in id', async () => {
    const { store, ready, dispose } = createSettingsStore();
    await ready;
    const errors = await store.getState().importPack(JSON.stringify(pack('en.refusal')), [pack('en.refusal')]);
    expect(errors[0]?.message).toContain('built-in');
    dispose();
  });

  it('keeps the previous value and reports it when storage refuses a write', async () => {
    const { store, ready, dispose } = createSettingsStore();
    await ready;
    const original = fakeBrowser.storage.sync.set;
    fakeBrowser.storage.sync.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    expect(await store.getState().setLanguage('et')).toBe(false);
    expect(store.getState().error).toContain('quota');
    expect(store.getState().settings.language).toBe('auto');
    fakeBrowser.storage.sync.set = original;
    dispose();
  });

  it('resets everything but what policy locks', async () => {
    await fakeBrowser.storage.managed.set({ language: 'ru' });
    const { store, ready, dispose } = createSettingsStore();
    await ready;
    await store.getState().silenceRule('en.tone.calm-down');
    await store.getState().setProfile({ name: 'Kati', company: '', signature: '' });
    await store.getState().resetAll();
    const s = store.getState().settings;
    expect(s.silencedRules).toEqual([]);
    expect(s.profile.name).toBe('');
    expect(s.language).toBe('ru');
    dispose();
  });
});

describe('packs, templates and sites', () => {
  it('runs only the packs that are on, with the agent template in place', async () => {
    const { settings } = await readSettings();
    const builtin = [pack('en.refusal'), pack('en.complaint')];
    const own = { id: 'default', parts: ['{greeting}', 'Our own words.', '{closing}'] };
    const packs = enabledPacks(
      { ...settings, packToggles: { 'en.complaint': false }, templates: { 'en.refusal': own } },
      builtin,
    );
    expect(packs.map((p) => p.id)).toEqual(['en.refusal']);
    expect(packs[0]?.templates?.[0]).toEqual(own);
    expect(builtin[0]?.templates?.[0]?.parts).toHaveLength(3);
  });

  it('checks template slots and braces as typed', () => {
    expect(checkTemplateParts(['{greeting}', 'Hi {customerName}', '{closing}'])).toEqual([]);
    expect(checkTemplateParts(['Dear {custmerName}'])).toEqual([
      { part: 1, kind: 'unknown-slot', slot: 'custmerName' },
    ]);
    expect(checkTemplateParts(['ok', 'broken {greeting'])).toEqual([{ part: 2, kind: 'unbalanced' }]);
  });

  it('runs on default hosts and agent-enabled sites, never on disabled ones', () => {
    const sites = { enabled: ['https://support.example.com'], disabled: ['https://acme.zendesk.com'] };
    expect(isSiteEnabled('https://mail.google.com/mail/u/0/', sites)).toBe(true);
    expect(isSiteEnabled('https://support.example.com/tickets/1', sites)).toBe(true);
    expect(isSiteEnabled('https://acme.zendesk.com/agent/tickets/5', sites)).toBe(false);
    expect(isSiteEnabled('https://other.example.org/', sites)).toBe(false);
    expect(isSiteEnabled('not a url', sites)).toBe(false);
  });
});
