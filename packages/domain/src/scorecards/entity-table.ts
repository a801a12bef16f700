import { z } from "zod";
import type { TScoreSummary } from "./evaluate.ts";

export const ZScorecardEntitiesInputSchema = z
  .object({
    scorecardId: z.string().trim().min(1, "Scorecard is required.").max(200),
    team: z.string().trim().min(1).max(200).optional(),
    boundedContext: z.string().trim().min(1).max(200).optional(),
    q: z.string().trim().max(200).optional(),
    sort: z.enum(["name", "level", "score", "failing"], { error: "Sort by name, level, score or failing." }).default("level"),
    direction: z.enum(["asc", "desc"], { error: "Direction is asc or desc." }).default("asc"),
    offset: z.int().min(0).max(1_000_000).default(0),
    limit: z.int().min(1).max(500).default(100),
  })
  .strict();
export type TScorecardEntitiesInput = z.infer<typeof ZScorecardEntitiesInputSchema>;

const failing = (r: TScoreSummary) => r.statuses.filter((s) => s === "fail").length;

/** Filters, sorts and pages scored entities for the scorecard's table; ties break by name. */
export function entityTable(results: readonly TScoreSummary[], input: TScorecardEntitiesInput) {
  const q = input.q?.toLowerCase();
  const rows = results.filter(
    (r) => (!input.team || r.teamSlugs.includes(input.team)) && (!input.boundedContext || r.contextSlugs.includes(input.boundedContext)) && (!q || r.name.toLowerCase().includes(q) || r.slug.includes(q)),
  );
  const key: Record<TScorecardEntitiesInput["sort"], (r: TScoreSummary) => number | string> = { name: (r) => r.name.toLowerCase(), level: (r) => r.levelIndex, score: (r) => r.score, failing };
  const sign = input.direction === "asc" ? 1 : -1;
  const byKey = key[input.sort];
  rows.sort((a, b) => {
    const ka = byKey(a);
    const kb = byKey(b);
    return (ka < kb ? -1 : ka > kb ? 1 : 0) * sign || a.name.localeCompare(b.name);
  });
  return { total: rows.length, items: rows.slice(input.offset, input.offset + input.limit) };
}
