import type { RouterOutputs } from "@topograph/api";
import type { TScoredKind } from "@topograph/domain";

/** An entity a scorecard can score: a component, team, bounded context or namespace. */
export interface TScoredEntityRef {
  kind: TScoredKind;
  slug: string;
}

export type TEntityScorecard = RouterOutputs["scorecard"]["forEntity"][number];
export type TEvaluation = RouterOutputs["scorecard"]["evaluate"];
export type TRuleResult = TEvaluation["rules"][number];
export type TGroupRollup = RouterOutputs["scorecard"]["rollupFor"][number];
export type TWaiverEntry = RouterOutputs["waiver"]["list"][number];
export type TRollupGroupBy = "team" | "boundedContext";
