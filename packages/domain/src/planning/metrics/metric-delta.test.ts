import { describe, expect, it } from "vitest";
import { handMadeCatalog } from "../testing/hand-made-catalog.ts";
import { computeMetrics } from "./compute-metrics.ts";
import { metricDeltas } from "./metric-delta.ts";

describe("metric deltas", () => {
  const today = handMadeCatalog({ teams: { a: 3, b: 6 }, components: { a1: { owners: ["a"], dependsOn: ["b1"] }, b1: { owners: ["b"] } } });
  const merged = handMadeCatalog({ teams: { b: 9 }, components: { a1: { owners: ["b"], dependsOn: ["b1"] }, b1: { owners: ["b"] } } });
  const deltas = metricDeltas(
    computeMetrics({ catalog: today, baseline: today, componentScores: new Map() }),
    computeMetrics({ catalog: merged, baseline: today, componentScores: new Map() }),
  );
  const delta = (id: string) => deltas.find((d) => d.id === id)!;

  it("judges each change by the metric's direction", () => {
    expect(delta("conway-alignment")).toMatchObject({ baseline: 0, scenario: 100, delta: 100, verdict: "better" });
    expect(delta("team-load")).toMatchObject({ baseline: 0.33, scenario: 0.22, delta: -0.11, verdict: "better" });
    expect(delta("domain-heuristics")).toMatchObject({ baseline: 0, scenario: 0, delta: 0, verdict: "same" });
  });

  it("counts a problem that goes away as 0 in the scenario", () => {
    expect(delta("team-shape").rows).toEqual([{ key: "a:size", label: "a", baseline: 3, scenario: 0, delta: -3, verdict: "better", note: "3 members (fewer than 5)" }]);
  });

  it("shows a row present on one side only as missing on the other for non-count metrics", () => {
    expect(delta("team-load").rows.find((r) => r.key === "a")).toMatchObject({ baseline: 0.33, scenario: null, delta: null, verdict: "same" });
  });
});
