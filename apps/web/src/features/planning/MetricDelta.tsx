import { formatDelta, VERDICT_LABELS } from "./metric-format.ts";
import type { TMetricDelta } from "./planning-types.ts";

/** A change, coloured by whether it is good news, and said in words as well (colour is never the only sign). */
export function MetricDelta({ delta, verdict, unit }: { delta: number | null; verdict: TMetricDelta["verdict"]; unit?: TMetricDelta["definition"]["unit"] }) {
  return (
    <span className={`metric-delta metric-delta--${verdict}`}>
      {formatDelta(delta, unit)}
      {verdict === "same" ? null : <span className="metric-delta__verdict">{VERDICT_LABELS[verdict]}</span>}
    </span>
  );
}
