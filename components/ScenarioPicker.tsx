import { useId } from 'react';
import { SCENARIOS, type Scenario } from '../lib/engine/types';
import { useT } from './i18n';

/** Props of ScenarioPicker. */
export interface ScenarioPickerProps {
  /** The scenario Tact recognised (shown as the automatic choice). */
  recognised: Scenario | null;
  /** The agent's choice, or null for "as recognised". */
  value: Scenario | null;
  onChange(scenario: Scenario | null): void;
  disabled?: boolean;
}

/** Lets the agent correct the scenario Tact recognised; "Automatic" goes back to recognition. */
export function ScenarioPicker({ recognised, value, onChange, disabled }: ScenarioPickerProps) {
  const t = useT();
  const id = useId();
  return (
    <div className="tact-field">
      <label htmlFor={id}>{t('scenario')}</label>
      <select
        id={id}
        value={value ?? ''}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as Scenario))}
      >
        <option value="">{recognised ? t('scenarioAutoWith', t(`sc_${recognised}`)) : t('scenarioAuto')}</option>
        {SCENARIOS.map((s) => (
          <option key={s} value={s}>
            {t(`sc_${s}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
