import { progressSegments, progressText, type TProgress } from "./progress.ts";
import "../../../ui/Meter.css";
import "./ProgressBar.css";

interface TProgressBarProps {
  progress: TProgress;
  /** Names the bar for screen readers, e.g. "Overall progress" or "24 Deployment progress". */
  label: string;
  size?: "small" | "regular";
  /** Only a picture of numbers said next to it (inside a link, say): hidden from assistive tech. */
  decorative?: boolean;
}

/** How much of a checklist is adopted: one stacked bar (adopted, partial, not adopted, unknown). */
export function ProgressBar({ progress, label, size = "regular", decorative = false }: TProgressBarProps) {
  const text = progressText(progress);
  const semantics = decorative
    ? { "aria-hidden": true }
    : { role: "progressbar", "aria-label": label, "aria-valuemin": 0, "aria-valuemax": 100, "aria-valuenow": progress.percent, "aria-valuetext": text };
  return (
    <div className={`meter progress-bar progress-bar--${size}`} title={text} {...semantics}>
      {progressSegments(progress).map((segment) => (
        <span key={segment.status} className={`meter__segment progress-bar__segment--${segment.status}`} style={{ width: `${segment.width}%` }} />
      ))}
    </div>
  );
}

/** The counts behind a bar, with the bar's colours as keys. */
export function ProgressLegend({ progress }: { progress: TProgress }) {
  const parts = [
    { status: "adopted", label: "adopted", count: progress.adopted },
    { status: "partial", label: "partially", count: progress.partial },
    { status: "not-adopted", label: "not adopted", count: progress.notAdopted },
    { status: "unknown", label: "unknown", count: progress.unknown },
  ];
  return (
    <ul className="meter-legend">
      {parts.map((part) => (
        <li key={part.status}>
          <span className={`meter-legend__key progress-bar__segment--${part.status}`} aria-hidden="true" />
          <strong>{part.count}</strong> {part.label}
        </li>
      ))}
    </ul>
  );
}
