import { METRIC_DEFINITIONS } from "./compute-metrics.ts";
import { round, type TMetricDefinition, type TMetricId, type TMetricValue } from "./metric.ts";

/** Whether a change is good news, judged by the metric's direction. */
export type TVerdict = "better" | "worse" | "same";

export interface TDeltaRow {
  key: string;
  label: string;
  baseline: number | null;
  scenario: number | null;
  delta: number | null;
  verdict: TVerdict;
  note: string;
}

export interface TMetricDelta {
  id: TMetricId;
  definition: TMetricDefinition;
  baseline: number | null;
  scenario: number | null;
  delta: number | null;
  verdict: TVerdict;
  rows: TDeltaRow[];
}

function verdictOf(baseline: number | null, scenario: number | null, better: TMetricDefinition["better"]): TVerdict {
  if (baseline === scenario || baseline === null || scenario === null) return "same";
  return (scenario > baseline) === (better === "higher") ? "better" : "worse";
}

/**
 * Baseline, scenario and delta for every metric, row by row. A row present on one side only (a
 * problem that appears or goes away) counts as 0 on the other for count-like metrics.
 */
export function metricDeltas(baseline: readonly TMetricValue[], scenario: readonly TMetricValue[]): TMetricDelta[] {
  return METRIC_DEFINITIONS.map((definition) => {
    const before = baseline.find((m) => m.id === definition.id)!;
    const after = scenario.find((m) => m.id === definition.id)!;
    const absentIs = definition.unit === "count" ? 0 : null;
    const beforeRows = new Map(before.rows.map((r) => [r.key, r]));
    const afterRows = new Map(after.rows.map((r) => [r.key, r]));
    const rows = [...new Set([...beforeRows.keys(), ...afterRows.keys()])].map((key): TDeltaRow => {
      const was = beforeRows.get(key);
      const is = afterRows.get(key);
      const b = was?.value ?? absentIs;
      const s = is?.value ?? absentIs;
      return { key, label: (is ?? was)!.label, baseline: b, scenario: s, delta: b === null || s === null ? null : round(s - b), verdict: verdictOf(b, s, definition.better), note: (is ?? was)!.note };
    });
    const delta = before.value === null || after.value === null ? null : round(after.value - before.value);
    return { id: definition.id, definition, baseline: before.value, scenario: after.value, delta, verdict: verdictOf(before.value, after.value, definition.better), rows };
  });
}
