import { scoreBand } from './labels';

/** Props of ScoreRing. */
export interface ScoreRingProps {
  /** 0–100, or null while unknown. */
  score: number | null;
  /** Diameter in CSS pixels. */
  size?: number;
  /** Draw the number inside the ring (too small to read under 28 px). */
  showValue?: boolean;
}

/** The score as a coloured ring with the number inside; decorative (the surrounding control carries the name). */
export function ScoreRing({ score, size = 40, showValue = true }: ScoreRingProps) {
  const stroke = size >= 32 ? 4 : 3;
  const r = (size - stroke) / 2;
  const circumference = 2 * Math.PI * r;
  const value = score === null ? 0 : Math.max(0, Math.min(100, score));
  const band = score === null ? 'none' : scoreBand(value);
  return (
    <svg
      className={`tact-ring tact-ring--${band}`}
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      aria-hidden="true"
      focusable="false"
    >
      <circle className="tact-ring__track" cx={size / 2} cy={size / 2} r={r} strokeWidth={stroke} fill="none" />
      <circle
        className="tact-ring__value"
        cx={size / 2}
        cy={size / 2}
        r={r}
        strokeWidth={stroke}
        fill="none"
        strokeLinecap="round"
        strokeDasharray={`${(value / 100) * circumference} ${circumference}`}
        transform={`rotate(-90 ${size / 2} ${size / 2})`}
      />
      {showValue ? (
        <text
          className="tact-ring__label"
          x="50%"
          y="50%"
          dominantBaseline="central"
          textAnchor="middle"
          fontSize={size * (score !== null && score >= 100 ? 0.3 : 0.36)}
        >
          {score === null ? '·' : value}
        </text>
      ) : null}
    </svg>
  );
}
