export { createSettingsSource } from './cache';
export { defaultSettings } from './defaults';
export { SETTING_KEYS, SETTINGS_VERSION, settingItems } from './items';
export { enabledPacks, isPackEnabled } from './packs';
export { readSettings, watchSettings } from './read';
export { checkSetting, sanitizeSettings } from './sanitize';
export { createSettingsStore, type SettingsStore } from './store';
export type { EffectiveSettings, Profile, SettingKey, Settings, SiteRules } from './types';
