import { createContext, type ReactNode, useContext } from 'react';
import { type StoreApi, useStore } from 'zustand';
import type { Translate } from '../../lib/i18n/messages';
import type { PackSummary } from '../../lib/packs/summary';
import type { SettingsStore } from '../../lib/settings/store';
import type { Platform } from '../../lib/settings/types';

interface SettingsContextValue {
  store: StoreApi<SettingsStore>;
  t: Translate;
  /** The built-in packs' index (names, rule ids and messages, templates): enough to draw the pages. */
  builtin: readonly PackSummary[];
  platform: Platform;
}

const Ctx = createContext<SettingsContextValue | null>(null);

/** Provides the settings store, the translator, the built-in packs and the platform to the pages. */
export function SettingsProvider(props: SettingsContextValue & { children: ReactNode }) {
  const { children, ...value } = props;
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

function useCtx(): SettingsContextValue {
  const v = useContext(Ctx);
  if (!v) throw new Error('SettingsProvider is missing');
  return v;
}

/** Selects from the settings store and re-renders when the selection changes. */
export function useSettings<T>(selector: (s: SettingsStore) => T): T {
  return useStore(useCtx().store, selector);
}

/** The translator, built-in packs and platform. */
export function usePageContext(): Omit<SettingsContextValue, 'store'> {
  const { t, builtin, platform } = useCtx();
  return { t, builtin, platform };
}
