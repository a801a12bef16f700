import type { TAuditAction, TAuditEntityKind, TAuditVia } from "@topograph/domain";
import type { TBadgeTone } from "../../ui/Badge.tsx";

/** The path a change came through, as the log page names it. */
export const AUDIT_VIA_LABELS: Record<TAuditVia, string> = {
  ui: "Web app",
  "api-token": "API token",
  import: "Import",
  scenario: "Scenario apply",
  "change-request": "Change request",
  cli: "Command line",
  system: "System",
};

export const AUDIT_ACTION_LABELS: Record<TAuditAction, string> = { create: "Created", update: "Updated", delete: "Deleted" };

/** Created reads as an addition, deleted as a removal; the word says it too. */
export const AUDIT_ACTION_TONES: Record<TAuditAction, TBadgeTone> = { create: "success", update: "accent", delete: "danger" };

export const AUDIT_ENTITY_KIND_LABELS: Record<TAuditEntityKind, string> = {
  organisation: "Organisation",
  team: "Team",
  "team-interaction": "Team interaction",
  "solution-area": "Solution area",
  "bounded-context": "Bounded context",
  "context-relationship": "Context relationship",
  component: "Component",
  repository: "Repository",
  namespace: "Namespace",
  cluster: "Cluster",
  environment: "Environment",
  "checklist-answer": "Checklist answer",
  decision: "Decision",
  scorecard: "Scorecard",
  waiver: "Waiver",
  initiative: "Initiative",
  "evidence-scan": "Evidence scan",
  "evidence-source": "Evidence source",
  user: "User",
  catalog: "Catalog (bulk load)",
};
