import { describe, expect, it } from "vitest";
import { planningCatalogOf } from "../demo/demo-snapshot.ts";
import { diffCatalogs } from "./catalog-diff.ts";
import { computeMetrics } from "./metrics/compute-metrics.ts";
import { metricDeltas } from "./metrics/metric-delta.ts";
import { ZScenarioOperationSchema } from "./operations.ts";
import { draftChange, replayScenario } from "./replay.ts";
import { scenarioToMarkdown } from "./scenario-markdown.ts";

describe("a scenario as Markdown", () => {
  const baseline = planningCatalogOf();
  const operation = ZScenarioOperationSchema.parse({ op: "merge-teams", team: "team-b", into: "team-a" });
  const { observed } = draftChange(baseline, operation);
  const replay = replayScenario(baseline, [{ id: "c1", operation, observed }]);
  const measure = (catalog: typeof baseline) => computeMetrics({ catalog, baseline, componentScores: new Map() });
  const markdown = scenarioToMarkdown({
    name: "Merge B into A",
    description: "B is too small to stand alone.",
    changes: [{ summary: "Merge Microservice team B into Microservice team A", status: "ok" }],
    deltas: metricDeltas(measure(baseline), measure(replay.catalog)),
    diff: diffCatalogs(baseline, replay.catalog),
    baseline,
    scenario: replay.catalog,
    generatedAt: new Date("2026-11-24T10:00:00Z"),
  });

  it("lists the changes, the metric table with deltas and what moves", () => {
    expect(markdown).toContain("# Team-boundary scenario: Merge B into A");
    expect(markdown).toContain("1. Merge Microservice team B into Microservice team A");
    expect(markdown).toMatch(/\| Team size and collaborations \| 4 \| 3 \| -1 \| ✅ better \|/);
    expect(markdown).toContain("- Component b-service: team-b → team-a");
    expect(markdown).toContain("- **Conway alignment**: Share of dependency edges");
  });

  it("carries the organisation map before and after as Mermaid", () => {
    const diagrams = markdown.split("```mermaid").slice(1);
    expect(diagrams).toHaveLength(2);
    expect(diagrams[0]).toContain('n_team_team_b["Microservice team B"]');
    expect(diagrams[1]).not.toContain("Microservice team B");
    expect(diagrams[1]).toContain("n_team_team_a --> n_repository_b_service_app");
  });
});
