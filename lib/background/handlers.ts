import { browser } from 'wxt/browser';
import { analyze } from '../engine/analyze';
import type { AnalyzeInput } from '../engine/types';
import { onMessage } from '../messaging/protocol';
import { validateAnalyzeInput } from '../messaging/validate';
import { BUILTIN_PACKS } from '../packs/builtin';
import type { RulePack } from '../packs/types';
import { createSettingsSource } from '../settings/cache';
import { enabledPacks } from '../settings/packs';
import type { EffectiveSettings } from '../settings/types';

/**
 * True unless the message names another extension as its sender. Browsers deliver runtime messages only from
 * this extension's own pages and content scripts; the check keeps it so if a page ever gets a way in.
 */
export function isOwnSender(sender: { id?: string } | undefined, ownId: string): boolean {
  return sender?.id === undefined || sender.id === ownId;
}

/** Analyses a draft the way the agent's settings say: enabled packs, own templates, silenced rules, profile, language. */
export function analyzeWithSettings(input: AnalyzeInput, effective: EffectiveSettings, packs: readonly RulePack[]) {
  const { settings } = effective;
  const lang = input.lang ?? (settings.language === 'auto' ? undefined : settings.language);
  return analyze({ ...input, lang }, packs, {
    agentName: settings.profile.name || undefined,
    company: settings.profile.company || undefined,
    signature: settings.profile.signature || undefined,
    silencedRules: settings.silencedRules,
  });
}

/** Answers the protocol's messages in the background service worker; returns a function that stops it. */
export function registerHandlers(): () => void {
  // Settings are read from storage and dropped on every change, so no copy here can go stale.
  const source = createSettingsSource();
  let packsFor: { settings: EffectiveSettings; packs: readonly RulePack[] } | null = null;
  const stopAnalyze = onMessage('analyze', async (message) => {
    if (!isOwnSender(message.sender, browser.runtime.id)) throw new Error('analyze: sender is not this extension');
    const checked = validateAnalyzeInput(message.data);
    if (!checked.ok) throw new Error(`analyze: ${checked.error}`);
    const effective = await source.get();
    // The same settings object gives the same pack array, so the compiled set is reused (compiled once per change).
    if (packsFor?.settings !== effective)
      packsFor = { settings: effective, packs: enabledPacks(effective.settings, BUILTIN_PACKS) };
    return analyzeWithSettings(checked.value, effective, packsFor.packs);
  });
  return () => {
    stopAnalyze();
    source.dispose();
  };
}
