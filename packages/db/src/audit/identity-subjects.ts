import type { TAuditSubject } from "./audited-write.ts";

/**
 * Users as the log shows them: keyed by email, with role and whether disabled. Never the password
 * hash, sessions or tokens: the log is readable by everyone who reads the catalog.
 */
export const userAudit: TAuditSubject = {
  kind: "user",
  read: async (tx, id) => {
    const row = await tx.user.findUnique({ where: { id }, select: { email: true, name: true, role: true, disabledAt: true } });
    return row && { key: row.email, name: row.name, fields: { email: row.email, name: row.name, role: row.role, disabled: row.disabledAt !== null } };
  },
};
