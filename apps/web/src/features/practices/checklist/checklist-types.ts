import type { RouterOutputs } from "@topograph/api";

/** The shapes of checklist.get, named once for the components that show its parts. */
export type TChecklist = RouterOutputs["checklist"]["get"];
export type TChecklistSection = TChecklist["sections"][number];
export type TChecklistEntry = TChecklistSection["entries"][number];
