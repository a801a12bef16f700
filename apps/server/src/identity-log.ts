import type { TIdentityInitialisation } from "@topograph/db";
import { setupLink } from "@topograph/domain";

export interface TLogEntry {
  severity: "INFO" | "WARNING";
  message: string;
  fields: Record<string, unknown>;
}

/**
 * What start-up tells the operator about sign-in: the first administrator made from the
 * configuration, or the one-time setup link; and the demo users' password when it was made up now
 * (printed this once: it is stored only as a hash).
 */
export function identityLogEntries({ firstAdministrator, demoUsers }: TIdentityInitialisation, baseUrl: string): TLogEntry[] {
  const entries: TLogEntry[] = [];
  if (firstAdministrator.kind === "administrator-created") {
    entries.push({ severity: "INFO", message: `Created the first administrator, ${firstAdministrator.email}, from TOPOGRAPH_ADMIN_EMAIL`, fields: { email: firstAdministrator.email } });
  } else if (firstAdministrator.kind === "setup-link") {
    const link = setupLink(firstAdministrator.token, baseUrl);
    entries.push({
      severity: "WARNING",
      message: `No administrator yet. Create the first one, once, at ${link} (valid until ${firstAdministrator.expiresAt.toISOString()}; a restart prints a new link), or set TOPOGRAPH_ADMIN_EMAIL and TOPOGRAPH_ADMIN_PASSWORD`,
      fields: { setupLink: link, expiresAt: firstAdministrator.expiresAt.toISOString() },
    });
  }
  if (demoUsers && demoUsers.emails.length > 0) {
    const example = demoUsers.emails[0];
    entries.push(
      demoUsers.generated
        ? {
            severity: "WARNING",
            message: `Demo users: each member of the demo teams signs in with their member email (e.g. ${example}) and the password ${demoUsers.password}. It is shown only now; set TOPOGRAPH_DEMO_PASSWORD before the first start to choose it`,
            fields: { demoUsers: demoUsers.emails.length },
          }
        : { severity: "INFO", message: `Demo users: each member of the demo teams signs in with their member email (e.g. ${example}) and TOPOGRAPH_DEMO_PASSWORD`, fields: { demoUsers: demoUsers.emails.length } },
    );
  }
  return entries;
}
