import type { RouterOutputs } from "@topograph/api";

/** One entry as the API sends it; `at` arrives as an ISO string, whatever the inferred type says. */
export type TAuditRow = RouterOutputs["audit"]["list"]["items"][number];
