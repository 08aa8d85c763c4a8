import { readSettings, watchSettings } from '../settings/read';
import { resolveUiLanguage } from './browser';
import { panelTranslator, type Translate } from './panelMessages';

/** A translator that follows the interface-language setting as it changes (the in-page badge and panel). */
export interface LiveTranslator {
  /** The current translator (stable between changes, for useSyncExternalStore). */
  get(): Translate;
  subscribe(listener: () => void): () => void;
  /** Stops watching the settings. */
  stop(): void;
}

/** Starts with the browser's language and switches when the settings (read now and on every change) say so. */
export function liveTranslator(): LiveTranslator {
  let current = panelTranslator(resolveUiLanguage('auto'));
  const listeners = new Set<() => void>();
  const update = () =>
    readSettings().then(
      ({ settings }) => {
        const next = panelTranslator(resolveUiLanguage(settings.uiLanguage));
        if (next.lang === current.lang) return;
        current = next;
        for (const l of Array.from(listeners)) l();
      },
      () => {},
    );
  void update();
  const unwatch = watchSettings(() => void update());
  return {
    get: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop: () => {
      unwatch();
      listeners.clear();
    },
  };
}
