import type { TRole } from "@topograph/domain";
import type { TDb } from "../catalog/integrity.ts";
import { createUser } from "../identity/users.ts";

/** The password every test user gets unless a test names another. */
export const TEST_PASSWORD = "correct horse battery staple";

/** A user of the given role, created the way an administrator would create one. */
export async function testUser(db: TDb, role: TRole, options: { email?: string; name?: string; password?: string } = {}) {
  const email = options.email ?? `${role}@example.test`;
  const password = options.password ?? TEST_PASSWORD;
  const user = await createUser(db, { email, name: options.name ?? `Test ${role}`, role, password });
  return { ...user, password };
}
