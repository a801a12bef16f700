import type { RouterOutputs } from "@topograph/api";

/** The shapes of the evidence API, named once for the components that show them. */
export type TScan = RouterOutputs["evidence"]["scans"][number];
export type TScanError = TScan["errors"][number];
export type TFinding = RouterOutputs["evidence"]["findings"][number];
export type TFindingStatus = "pass" | "fail" | "warn";
