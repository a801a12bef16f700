import type { TDatabase } from "@topograph/db";

/**
 * The tables a write through the API can add to or remove from: the catalog, identity, scoring
 * definitions, planning, evidence, change requests and the audit log. Score history is left out:
 * recordings that earlier writes started may still be landing when a later call is refused.
 */
const WRITTEN_TABLES = [
  "AuditEntry",
  "Organisation",
  "Team",
  "TeamMember",
  "TeamInteraction",
  "SolutionArea",
  "BoundedContext",
  "ContextRelationship",
  "Component",
  "ComponentOwner",
  "ComponentDependency",
  "Repository",
  "Environment",
  "Cluster",
  "Namespace",
  "ChecklistAnswer",
  "Decision",
  "Scorecard",
  "ScorecardRule",
  "Waiver",
  "Initiative",
  "EvidenceScan",
  "EvidenceFinding",
  "Scenario",
  "ScenarioChange",
  "User",
  "Session",
  "ApiToken",
  "ChangeRequest",
] as const;

const COUNT_QUERY = `SELECT ${WRITTEN_TABLES.map((table) => `(SELECT COUNT(*) FROM "${table}") AS "${table}"`).join(", ")}`;

/** How many rows each written table holds, in one query, as one comparable string. */
export async function storedRows(db: TDatabase): Promise<string> {
  const [row] = await db.$queryRawUnsafe<Record<string, bigint | number>[]>(COUNT_QUERY);
  return WRITTEN_TABLES.map((table) => `${table}=${Number(row![table])}`).join(" ");
}
