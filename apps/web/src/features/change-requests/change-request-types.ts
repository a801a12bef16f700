import type { RouterOutputs } from "@topograph/api";

/** One request as the list sends it; dates arrive as ISO strings, whatever the inferred type says. */
export type TChangeRequestRow = RouterOutputs["changeRequest"]["list"][number];

/** One request with what the caller may do with it and whether it went stale. */
export type TChangeRequestDetail = RouterOutputs["changeRequest"]["get"];

export type TChangeRequestNotifications = RouterOutputs["changeRequest"]["notifications"];
