import { AppError, SETUP_TOKEN_LIFETIME_MS, hasExpired, type TSetup } from "@topograph/domain";
import { inTransaction, type TDb } from "../catalog/integrity.ts";
import { hashPassword } from "./password-hash.ts";
import { randomToken, sameHash, tokenHash } from "./secrets.ts";
import { hasAdministrator, makeAdministrator } from "./users.ts";

export type TFirstAdministrator =
  | { kind: "administrator-exists" }
  | { kind: "administrator-created"; email: string }
  /** No administrator was configured: print `setupLink(token)`; it works once, until `expiresAt`. */
  | { kind: "setup-link"; token: string; expiresAt: Date };

/**
 * Makes sure the portal can get an administrator, on every start while it has none: from the
 * configured email and password when given (a new user, or that user promoted), otherwise by issuing
 * a fresh one-time setup token (replacing any earlier one, so only the newest printed link works).
 * Never a default password. Once an administrator exists this does nothing, configured or not.
 */
export async function prepareFirstAdministrator(db: TDb, configured: { email?: string; password?: string }, now: Date): Promise<TFirstAdministrator> {
  if (await hasAdministrator(db)) return { kind: "administrator-exists" };
  if (configured.email && configured.password) {
    const email = configured.email.trim().toLowerCase();
    const passwordHash = await hashPassword(configured.password);
    await inTransaction(db, (tx) => makeAdministrator(tx, { email, name: "Administrator", passwordHash }));
    return { kind: "administrator-created", email };
  }
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + SETUP_TOKEN_LIFETIME_MS);
  const row = { tokenHash: tokenHash(token), expiresAt, createdAt: now };
  await db.setupToken.upsert({ where: { id: "setup" }, create: row, update: row });
  return { kind: "setup-link", token, expiresAt };
}

const SETUP_DONE_MESSAGE = "Setup is already done: an administrator exists. Sign in instead.";

/**
 * Creates the first administrator with the setup token: once, and only while there is none. The
 * token is claimed (deleted) in the same transaction, so a second use finds nothing.
 */
export async function completeSetup(db: TDb, input: TSetup, now: Date): Promise<{ id: string }> {
  const passwordHash = await hashPassword(input.password);
  return inTransaction(db, async (tx) => {
    if (await hasAdministrator(tx)) throw AppError.invalid("token", SETUP_DONE_MESSAGE);
    const stored = await tx.setupToken.findUnique({ where: { id: "setup" } });
    if (!stored || !sameHash(stored.tokenHash, tokenHash(input.token))) {
      throw AppError.invalid("token", "This setup link is not valid. Use the newest link the server printed when it started.");
    }
    if (hasExpired(stored.expiresAt, now)) throw AppError.invalid("token", "This setup link has expired. Restart the server to print a new one.");
    const claimed = await tx.setupToken.deleteMany({ where: { id: "setup", tokenHash: stored.tokenHash } });
    if (claimed.count !== 1) throw AppError.invalid("token", SETUP_DONE_MESSAGE);
    return makeAdministrator(tx, { email: input.email, name: input.name, passwordHash });
  });
}
