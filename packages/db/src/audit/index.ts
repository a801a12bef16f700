export { runAudited, systemAuditContext, withAuditVia } from "./audit-context.ts";
export { exportAuditEntries, listAuditEntries, listAuditForEntity } from "./list-audit.ts";
