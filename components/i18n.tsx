import { createContext, type ReactNode, useContext } from 'react';
import { panelTranslator, type Translate } from '../lib/i18n/panelMessages';

const I18n = createContext<Translate>(panelTranslator('en'));

/** Gives the badge and panel the agent's interface language (#15); without it they speak English. */
export function I18nProvider(props: { t: Translate; children: ReactNode }) {
  return <I18n.Provider value={props.t}>{props.children}</I18n.Provider>;
}

/** The translator of the surrounding I18nProvider. */
export function useT(): Translate {
  return useContext(I18n);
}
