import type { Settings } from './types';

/** The settings of a fresh install. */
export function defaultSettings(): Settings {
  return {
    packToggles: {},
    silencedRules: [],
    language: 'auto',
    profile: { name: '', company: '', signature: '' },
    templates: {},
    customPacks: [],
    sites: { enabled: [], disabled: [] },
  };
}
