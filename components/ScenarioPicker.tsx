import { useId } from 'react';
import { SCENARIOS, type Scenario } from '../lib/engine/types';
import { SCENARIO_LABELS } from './labels';

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
  const id = useId();
  return (
    <div className="tact-field">
      <label htmlFor={id}>Scenario</label>
      <select
        id={id}
        value={value ?? ''}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as Scenario))}
      >
        <option value="">{recognised ? `Automatic: ${SCENARIO_LABELS[recognised]}` : 'Automatic'}</option>
        {SCENARIOS.map((s) => (
          <option key={s} value={s}>
            {SCENARIO_LABELS[s]}
          </option>
        ))}
      </select>
    </div>
  );
}
