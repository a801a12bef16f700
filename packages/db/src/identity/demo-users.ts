import { DEMO_ORGANISATION, demoUsersOf, type TCatalogData } from "@topograph/domain";
import { inTransaction, type TDb } from "../catalog/integrity.ts";
import { hashPassword } from "./password-hash.ts";

/**
 * Gives every member of the demo teams an account (editor) with the one demo password, skipping
 * emails that already have one. Called only when the demo organisation was just loaded. One hash
 * serves every demo account: they share the password by design, so separate salts would hide nothing.
 */
export async function createDemoUsers(db: TDb, password: string, data: Pick<TCatalogData, "teams"> = DEMO_ORGANISATION): Promise<string[]> {
  const passwordHash = await hashPassword(password);
  return inTransaction(db, async (tx) => {
    const created: string[] = [];
    for (const user of demoUsersOf(data)) {
      if (await tx.user.findUnique({ where: { email: user.email }, select: { id: true } })) continue;
      await tx.user.create({ data: { ...user, passwordHash } });
      created.push(user.email);
    }
    return created;
  });
}
