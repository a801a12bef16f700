import type { RouterOutputs } from "@topograph/api";

export type TScopeDecision = RouterOutputs["decision"]["forScope"][number];
export type TDecisionPoint = TScopeDecision["point"];
export type TDecisionAlternative = TDecisionPoint["alternatives"][number];
export type TDecisionRecord = RouterOutputs["decision"]["list"]["items"][number];
