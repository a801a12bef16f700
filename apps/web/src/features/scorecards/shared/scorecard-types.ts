import type { RouterOutputs } from "@topograph/api";

export type TScorecardSummary = RouterOutputs["scorecard"]["list"][number];
export type TScorecard = RouterOutputs["scorecard"]["get"];
export type TLadder = TScorecardSummary["ladder"];
export type TDistribution = TScorecardSummary["distribution"];
export type TRollup = RouterOutputs["scorecard"]["rollup"];
export type TRollupRow = TRollup["rows"][number];
export type TScoredRow = RouterOutputs["scorecard"]["entities"]["items"][number];
export type TInitiativeSummary = RouterOutputs["initiative"]["list"][number];
export type TInitiative = RouterOutputs["initiative"]["get"];
