import { browser } from 'wxt/browser';
import { analysisLanguage, analyze } from '../engine/analyze';
import { prepareLanguage } from '../engine/compiled';
import { type AnalyzeInput, LANGUAGES, type Language } from '../engine/types';
import { onMessage } from '../messaging/protocol';
import { validateAnalyzeInput } from '../messaging/validate';
import { previewTemplate, validatePreviewRequest } from './preview';
import type { LoadingModels, Models } from '../model/models';
import { BUILTIN_PACKS } from '../packs/builtin';
import type { RulePack } from '../packs/types';
import { createSettingsSource } from '../settings/cache';
import { watchSettings } from '../settings/read';
import { enabledPacks } from '../settings/packs';
import type { EffectiveSettings } from '../settings/types';

/**
 * True unless the message names another extension as its sender. Browsers deliver runtime messages only from
 * this extension's own pages and content scripts; the check keeps it so if a page ever gets a way in.
 */
export function isOwnSender(sender: { id?: string } | undefined, ownId: string): boolean {
  return sender?.id === undefined || sender.id === ownId;
}

/** The language setting applied to an input: the agent's fixed draft language, unless the input names one. */
function withLanguage(input: AnalyzeInput, effective: EffectiveSettings): AnalyzeInput {
  const { language } = effective.settings;
  return { ...input, lang: input.lang ?? (language === 'auto' ? undefined : language) };
}

/** Analyses a draft the way the agent's settings say: enabled packs, own templates, silenced rules, profile, language. */
export function analyzeWithSettings(
  input: AnalyzeInput,
  effective: EffectiveSettings,
  packs: readonly RulePack[],
  models?: Models,
) {
  const { settings } = effective;
  return analyze(withLanguage(input, effective), packs, {
    models,
    agentName: settings.profile.name || undefined,
    company: settings.profile.company || undefined,
    signature: settings.profile.signature || undefined,
    silencedRules: settings.silencedRules,
  });
}

// How long after a settings change the packs are compiled again: a burst of changes compiles once.
const PREPARE_DELAY_MS = 50;

/**
 * Answers the protocol's messages in the background service worker; returns a function that stops it. `models`:
 * the learned layer's models; an analysis waits for its language's to be loaded.
 */
export function registerHandlers(models: LoadingModels): () => void {
  // Settings are read from storage and dropped on every change, so no copy here can go stale.
  const source = createSettingsSource();
  let packsFor: { settings: EffectiveSettings; packs: readonly RulePack[] } | null = null;
  // The language of the latest analysis: compiled first when the packs change.
  let lastLanguage: Language = 'en';
  const packsOf = (effective: EffectiveSettings) => {
    // The same settings object gives the same pack array, so the compiled set is reused (compiled once per change).
    if (packsFor?.settings !== effective)
      packsFor = { settings: effective, packs: enabledPacks(effective.settings, BUILTIN_PACKS) };
    return packsFor.packs;
  };
  const stopAnalyze = onMessage('analyze', async (message) => {
    if (!isOwnSender(message.sender, browser.runtime.id)) throw new Error('analyze: sender is not this extension');
    const checked = validateAnalyzeInput(message.data);
    if (!checked.ok) throw new Error(`analyze: ${checked.error}`);
    // The language's model is read while the settings are: the draft's language, unless the settings fix one.
    const guess = models.load(analysisLanguage(checked.value));
    const effective = await source.get();
    const input = withLanguage(checked.value, effective);
    await Promise.all([guess, models.load(analysisLanguage(input))]);
    const analysis = analyzeWithSettings(input, effective, packsOf(effective), models);
    lastLanguage = analysis.language;
    return analysis;
  });

  const stopPreview = onMessage('previewTemplate', async (message) => {
    if (!isOwnSender(message.sender, browser.runtime.id))
      throw new Error('previewTemplate: sender is not this extension');
    const checked = validatePreviewRequest(message.data);
    if (!checked.ok) throw new Error(`previewTemplate: ${checked.error}`);
    const effective = await source.get();
    return previewTemplate(effective, checked.value, packsOf(effective));
  });

  // When the worker starts and after every settings change, the enabled packs are compiled ahead of the next
  // analysis, one language per task (an analysis that arrives meanwhile waits for one language at most).
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let run = 0;
  const prepare = async () => {
    const mine = ++run;
    const effective = await source.get();
    const { language } = effective.settings;
    const order = language === 'auto' ? [lastLanguage, ...LANGUAGES.filter((l) => l !== lastLanguage)] : [language];
    for (const lang of order) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      // A newer change or a stop makes this run obsolete.
      if (stopped || mine !== run) return;
      prepareLanguage(packsOf(effective), lang);
      await models.load(lang);
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void prepare().catch(() => {}), PREPARE_DELAY_MS);
  };
  const unwatch = watchSettings(schedule);
  schedule();
  return () => {
    stopped = true;
    clearTimeout(timer);
    unwatch();
    stopAnalyze();
    stopPreview();
    source.dispose();
  };
}
