import type { Settings } from './types';

/** The settings of a fresh install. */
export function defaultSettings(): Settings {
  return {
    packToggles: {},
    silencedRules: [],
    language: 'auto',
    uiLanguage: 'auto',
    profile: { name: '', company: '', signature: '' },
    templates: {},
    customPacks: [],
    sites: { enabled: [], disabled: [] },
  };
}
