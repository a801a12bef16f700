import { graphToMermaid } from "../mermaid/flowchart.ts";
import { markdownCell as cell } from "../markdown/table-cell.ts";
import type { TCatalogDiff } from "./catalog-diff.ts";
import type { TMetricDelta } from "./metrics/metric-delta.ts";
import type { TPlanningCatalog } from "./planning-catalog.ts";
import { buildTeamMap } from "./team-map.ts";

export interface TScenarioDocument {
  name: string;
  description: string;
  changes: { summary: string; status: "ok" | "changed" | "failed" }[];
  deltas: TMetricDelta[];
  diff: TCatalogDiff;
  baseline: TPlanningCatalog;
  scenario: TPlanningCatalog;
  generatedAt: Date;
}

const STATUS_NOTES = { ok: "", changed: " — ⚠️ the catalog changed here since it was drafted", failed: " — ❌ no longer applies" } as const;
const figure = (value: number | null) => (value === null ? "–" : String(value));
const signed = (value: number | null) => (value === null ? "–" : value > 0 ? `+${value}` : String(value));
const VERDICT_MARKS = { better: "✅ better", worse: "🔺 worse", same: "" } as const;
const ownersText = (slugs: string[]) => (slugs.length ? slugs.join(", ") : "nobody");

/** A scenario for review: its changes, the metric deltas and the Mermaid of the organisation map before and after. */
export function scenarioToMarkdown(document: TScenarioDocument): string {
  const lines = [`# Team-boundary scenario: ${cell(document.name)}`, ""];
  if (document.description) lines.push(document.description, "");
  lines.push(`Generated ${document.generatedAt.toISOString()} against the live catalog.`, "", "## Changes", "");
  if (document.changes.length === 0) lines.push("No changes yet.");
  document.changes.forEach((change, i) => lines.push(`${i + 1}. ${change.summary}${STATUS_NOTES[change.status]}`));

  lines.push("", "## Metrics", "", "| Metric | Today | Scenario | Change | |", "| --- | --- | --- | --- | --- |");
  for (const delta of document.deltas) lines.push(`| ${cell(delta.definition.title)} | ${figure(delta.baseline)} | ${figure(delta.scenario)} | ${signed(delta.delta)} | ${VERDICT_MARKS[delta.verdict]} |`);
  const changedRows = document.deltas.flatMap((delta) => delta.rows.filter((row) => row.verdict !== "same").map((row) => ({ delta, row })));
  if (changedRows.length) {
    lines.push("", "### What changes, row by row", "", "| Metric | Row | Today | Scenario | Note |", "| --- | --- | --- | --- | --- |");
    for (const { delta, row } of changedRows) lines.push(`| ${cell(delta.definition.title)} | ${cell(row.label)} | ${figure(row.baseline)} | ${figure(row.scenario)} | ${cell(row.note)} |`);
  }

  const moves = [
    ...document.diff.componentOwners.map((c) => `Component ${c.slug}: ${ownersText(c.from)} → ${ownersText(c.to)}`),
    ...document.diff.repositoryOwners.map((r) => `Repository ${r.slug}: ${ownersText(r.from)} → ${ownersText(r.to)}`),
    ...document.diff.solutionAreaTeams.map((a) => `Solution area ${a.slug}: ${ownersText(a.from)} → ${ownersText(a.to)}`),
  ];
  if (moves.length) lines.push("", "## Ownership that moves", "", ...moves.map((move) => `- ${cell(move)}`));

  lines.push("", "## Definitions", "");
  for (const delta of document.deltas) lines.push(`- **${delta.definition.title}**: ${delta.definition.definition}`);

  const map = (catalog: TPlanningCatalog) => ["```mermaid", graphToMermaid(buildTeamMap(catalog)).trimEnd(), "```"];
  lines.push("", "## Organisation map today", "", ...map(document.baseline), "", "## Organisation map in this scenario", "", ...map(document.scenario));
  return `${lines.join("\n")}\n`;
}
