import type { TAuditEntityKind } from "@topograph/domain";
import { paths } from "../../lib/paths.ts";
import { auditEntityPath } from "../audit/audit-entity-path.ts";
import { auditFilterParams } from "../audit/audit-filters.ts";

/** The correlation id an approved request's writes carry in the audit log. */
export function changeRequestCorrelationId(id: string): string {
  return `change-request:${id}`;
}

/** The audit log narrowed to what approving the request wrote. */
export function changeRequestAuditPath(id: string): string {
  return paths.audit(auditFilterParams({ correlation: changeRequestCorrelationId(id) }));
}

/** The page of what a request changes, or null for kinds without one (a waiver). */
export function changeRequestEntityPath(entity: { kind: TAuditEntityKind; key: string }): string | null {
  return auditEntityPath(entity.kind, entity.key);
}
