import { AppError, type TChangePassword } from "@topograph/domain";
import type { TDb } from "../catalog/integrity.ts";
import { hashPassword, verifyPassword } from "./password-hash.ts";
import { revokeOtherSessions } from "./sessions.ts";

/**
 * Replaces the user's password after checking the current one, and signs out every other browser
 * (the one making the change stays signed in). API tokens are separate credentials and stay valid;
 * revoke them on their own if they may have leaked too.
 */
export async function changePassword(db: TDb, input: TChangePassword & { userId: string; keepSessionId: string | null }): Promise<{ otherSessionsEnded: number }> {
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { passwordHash: true } });
  if (!user) throw AppError.notFound("user", input.userId);
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw AppError.invalid("currentPassword", "The current password is incorrect.");
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.user.update({ where: { id: input.userId }, data: { passwordHash, version: { increment: 1 } } });
  return { otherSessionsEnded: await revokeOtherSessions(db, input.userId, input.keepSessionId) };
}
