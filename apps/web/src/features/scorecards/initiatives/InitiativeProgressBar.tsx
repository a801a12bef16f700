import "../../../ui/Meter.css";

/** Share of the entities in scope at the target level: one bar, with the numbers said next to it. */
export function InitiativeProgressBar({ percent, label, size = "regular" }: { percent: number; label: string; size?: "small" | "regular" }) {
  const width = Math.min(Math.max(percent, 0), 100);
  return (
    <div className={`meter initiative-progress initiative-progress--${size}`} role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={`${percent}%`}>
      <span className={width === 100 ? "meter__segment initiative-progress__fill initiative-progress__fill--done" : "meter__segment initiative-progress__fill"} style={{ width: `${width}%` }} />
    </div>
  );
}
