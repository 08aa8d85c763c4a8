import { type StorageItemKey, storage } from 'wxt/utils/storage';
import { defaultSettings } from './defaults';
import type { SettingKey, Settings } from './types';

/** The current version of every stored settings value; bump it with a migration when a shape changes. */
export const SETTINGS_VERSION = 1;

/** Large values live in local storage (sync storage allows 8 KB per item); the rest sync across the agent's browsers. */
const AREA: Record<SettingKey, 'sync' | 'local'> = {
  packToggles: 'sync',
  silencedRules: 'sync',
  language: 'sync',
  uiLanguage: 'sync',
  profile: 'sync',
  templates: 'local',
  customPacks: 'local',
  sites: 'sync',
};

/** The storage key of a setting, e.g. 'sync:packToggles'. */
export function storageKey(key: SettingKey): StorageItemKey {
  return `${AREA[key]}:${key}`;
}

/** The managed (enterprise policy) key of a setting; policies use the same names. */
export function managedKey(key: SettingKey): StorageItemKey {
  return `managed:${key}`;
}

/** The keys of all settings, in a fixed order. */
export const SETTING_KEYS = Object.keys(defaultSettings()) as SettingKey[];

/** One storage item per setting, each with its version and fallback. */
export const settingItems = Object.fromEntries(
  SETTING_KEYS.map((key) => [
    key,
    storage.defineItem<unknown>(storageKey(key), {
      fallback: defaultSettings()[key],
      version: SETTINGS_VERSION,
    }),
  ]),
) as { [K in SettingKey]: ReturnType<typeof storage.defineItem<Settings[K] | unknown>> };
