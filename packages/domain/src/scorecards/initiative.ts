import { z } from "zod";
import { updateShape, ZEntityRefSchema } from "../catalog/fields.ts";
import { ZSlugSchema } from "../catalog/slug.ts";
import type { TCompiledScorecard, TScoreSummary } from "./evaluate.ts";
import { filterAdmits, ZScorecardFilterSchema } from "./scorecard.ts";

const initiativeFields = {
  slug: ZSlugSchema.optional(),
  name: z.string().trim().min(1, "Name is required.").max(120, "Name must be at most 120 characters."),
  description: z.string().trim().max(4000, "Description must be at most 4000 characters.").default(""),
  scorecardId: z.string().trim().min(1, "Scorecard is required.").max(200),
  /** Every entity in scope should reach this level of the scorecard's ladder. */
  targetLevel: z.string().trim().min(1, "Target level is required.").max(40),
  targetDate: z.iso.date({ message: "Target date must be a date like 2027-03-31." }),
  /** Narrows the scorecard's entities; same fields as a scorecard filter. */
  filter: ZScorecardFilterSchema.default({}),
  ownerTeam: z.string().trim().min(1).max(200).nullable().default(null),
};
export const ZInitiativeCreateSchema = z.object(initiativeFields).strict();
export const ZInitiativeUpdateSchema = ZEntityRefSchema.extend(updateShape(initiativeFields)).strict();
export type TInitiativeCreate = z.infer<typeof ZInitiativeCreateSchema>;
export type TInitiativeUpdate = z.infer<typeof ZInitiativeUpdateSchema>;

export interface TInitiativeWork {
  /** Owning team slug; null for entities nobody owns. */
  team: string | null;
  entities: { slug: string; name: string; levelIndex: number; blockingRules: string[] }[];
}

export interface TInitiativeStatus {
  inScope: number;
  done: number;
  percent: number;
  /** Who still has work to do, most work first. */
  remaining: TInitiativeWork[];
}

/** Share of entities at the target, to one decimal; an initiative with nothing in scope is complete. */
export function progressPercent(done: number, inScope: number): number {
  return inScope === 0 ? 100 : Math.round((done / inScope) * 1000) / 10;
}

/** Where an initiative stands now: entities in scope, those at the target, and what blocks the rest. */
export function initiativeStatus(scorecard: TCompiledScorecard, results: readonly TScoreSummary[], filter: z.infer<typeof ZScorecardFilterSchema>, targetIndex: number, catalogOf: (slug: string) => ReadonlyMap<string, unknown>): TInitiativeStatus {
  const inScope = results.filter((r) => filterAdmits(filter, { ...r, catalog: catalogOf(r.slug) }));
  const behind = inScope.filter((r) => r.levelIndex < targetIndex);
  const byTeam = new Map<string | null, TInitiativeWork>();
  for (const result of behind) {
    const blockingRules = scorecard.rules.filter((rule, i) => rule.levelIndex <= targetIndex && (result.statuses[i] === "fail" || result.statuses[i] === "unknown")).map(({ rule }) => rule.id);
    for (const team of result.teamSlugs.length > 0 ? result.teamSlugs : [null]) {
      let work = byTeam.get(team);
      if (!work) byTeam.set(team, (work = { team, entities: [] }));
      work.entities.push({ slug: result.slug, name: result.name, levelIndex: result.levelIndex, blockingRules });
    }
  }
  const done = inScope.length - behind.length;
  return {
    inScope: inScope.length,
    done,
    percent: progressPercent(done, inScope.length),
    remaining: [...byTeam.values()].sort((a, b) => b.entities.length - a.entities.length || String(a.team).localeCompare(String(b.team))),
  };
}
