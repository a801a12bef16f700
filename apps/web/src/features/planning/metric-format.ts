import type { TMetricDelta } from "./planning-types.ts";

type TUnit = TMetricDelta["definition"]["unit"];

const NUMBER = new Intl.NumberFormat("en", { maximumFractionDigits: 2 });

/** A figure as the tables show it; "—" where there is nothing to measure (no dependencies, no scores). */
export function formatNumber(value: number | null): string {
  return value === null ? "—" : NUMBER.format(value).replace("-", "−");
}

/** A metric's headline in its unit: percentages with "%", the rest as plain figures. */
export function formatMetric(value: number | null, unit: TUnit): string {
  return value !== null && unit === "percent" ? `${formatNumber(value)}%` : formatNumber(value);
}

/** A change with its sign; percentages change by points. */
export function formatDelta(delta: number | null, unit?: TUnit): string {
  if (delta === null) return "—";
  if (delta === 0) return "0";
  const text = `${delta > 0 ? "+" : ""}${formatNumber(delta)}`;
  return unit === "percent" ? `${text} pts` : text;
}

export const VERDICT_LABELS = { better: "better", worse: "worse", same: "no change" } as const;
