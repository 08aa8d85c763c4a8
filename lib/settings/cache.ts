import { readCheckedSettings } from './compilable';
import { watchSettings } from './read';
import type { EffectiveSettings } from './types';

/**
 * The current settings, read once and read again after any change: a change in one page reaches the next
 * analysis at once, and what is kept can never go stale (the watch drops it).
 */
export function createSettingsSource(): { get(): Promise<EffectiveSettings>; dispose(): void } {
  let current: Promise<EffectiveSettings> | null = null;
  const dispose = watchSettings(() => {
    current = null;
  });
  return {
    get() {
      current ??= readCheckedSettings();
      return current;
    },
    dispose,
  };
}
