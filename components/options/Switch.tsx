/** An on/off switch that reads as a switch to screen readers. */
export function Switch(props: { label: string; checked: boolean; disabled?: boolean; onChange(on: boolean): void }) {
  return (
    <button
      type="button"
      role="switch"
      className="switch"
      aria-label={props.label}
      aria-checked={props.checked}
      disabled={props.disabled}
      onClick={() => props.onChange(!props.checked)}
    >
      <span className="switch-knob" aria-hidden="true" />
    </button>
  );
}
