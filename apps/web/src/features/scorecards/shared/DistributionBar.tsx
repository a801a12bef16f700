import { distributionSegments, distributionText, type TDistributionInput } from "./distribution.ts";
import "../../../ui/Meter.css";
import "./DistributionBar.css";

interface TDistributionBarProps {
  distribution: TDistributionInput;
  /** Names the picture for screen readers, e.g. "Deployment readiness levels". */
  label: string;
  size?: "small" | "regular";
}

/** How many entities sit at each level: one stacked bar in the ladder's colours, "below first" in grey. */
export function DistributionBar({ distribution, label, size = "regular" }: TDistributionBarProps) {
  const text = distributionText(distribution);
  return (
    <div className={`meter distribution-bar distribution-bar--${size}`} role="img" aria-label={`${label}: ${text}`} title={text}>
      {distributionSegments(distribution)
        .filter((segment) => segment.count > 0)
        .map((segment) => (
          <span key={segment.key} className="meter__segment" style={{ width: `${segment.width}%`, background: segment.color }} />
        ))}
    </div>
  );
}

/** The counts behind the bar, each with its colour as a key. */
export function DistributionLegend({ distribution }: { distribution: TDistributionInput }) {
  return (
    <ul className="meter-legend">
      {distributionSegments(distribution).map((segment) => (
        <li key={segment.key}>
          <span className="meter-legend__key" style={{ background: segment.color }} aria-hidden="true" />
          <strong>{segment.count}</strong> {segment.key === "below-first" ? segment.label.toLowerCase() : segment.label}
        </li>
      ))}
    </ul>
  );
}
