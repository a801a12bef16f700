import { AppError, type TRole, type TUserCreate, type TUserDisable, type TUserListInput, type TUserSetRole } from "@topograph/domain";
import { expectOneUpdated, expectVersion, inTransaction, type TDb, type TTransaction } from "../catalog/integrity.ts";
import { byName, matchText, pageOf } from "../catalog/pagination.ts";
import { audited } from "../audit/audited-write.ts";
import { userAudit } from "../audit/identity-subjects.ts";
import { hashPassword } from "./password-hash.ts";
import { teamsByEmail } from "./user-teams.ts";

/** What the API shows of a user: never the password hash. */
const userSelect = { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true, version: true, passwordHash: true } as const;

type TUserRow = { id: string; email: string; name: string; role: string; disabledAt: Date | null; createdAt: Date; version: number; passwordHash: string | null };

async function withTeams(db: TDb, rows: TUserRow[]) {
  const teams = await teamsByEmail(db, rows.map((row) => row.email));
  return rows.map(({ passwordHash, ...row }) => ({ ...row, role: row.role as TRole, hasPassword: passwordHash !== null, teams: teams.get(row.email) ?? [] }));
}

export type TUserView = Awaited<ReturnType<typeof withTeams>>[number];

export async function listUsers(db: TDb, input: TUserListInput) {
  const where = {
    ...(input.q ? { OR: [{ name: matchText(db, "contains", input.q) }, { email: { contains: input.q.toLowerCase() } }] } : {}),
    ...(input.includeDisabled ? {} : { disabledAt: null }),
  };
  const page = await pageOf(
    input,
    () => db.user.count({ where }),
    (args) => db.user.findMany({ where, select: userSelect, orderBy: byName, ...args }),
  );
  return { ...page, items: await withTeams(db, page.items) };
}

export async function getUser(db: TDb, id: string): Promise<TUserView> {
  const row = await db.user.findUnique({ where: { id }, select: userSelect });
  if (!row) throw AppError.notFound("user", id);
  return (await withTeams(db, [row]))[0]!;
}

function emailTaken(email: string): AppError {
  return new AppError("DUPLICATE", `A user with the email ${email} already exists.`, [{ path: "email", message: "Another user has this email." }]);
}

/** Hashing runs before the transaction, so the database is never held while argon2 works. */
export async function createUser(db: TDb, input: TUserCreate): Promise<TUserView> {
  const passwordHash = await hashPassword(input.password);
  const { id } = await inTransaction(db, (tx) =>
    audited(tx, userAudit, "create", (user) => user.id, async () => {
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw emailTaken(input.email);
      return tx.user.create({ data: { email: input.email, name: input.name, role: input.role, passwordHash }, select: { id: true } });
    }),
  );
  return getUser(db, id);
}

/** An administrator must remain: the last enabled one can be neither demoted nor disabled. */
async function expectAnotherAdministrator(tx: TTransaction, userId: string, change: string): Promise<void> {
  const others = await tx.user.count({ where: { role: "administrator", disabledAt: null, id: { not: userId } } });
  if (others === 0) throw new AppError("INVALID", `Cannot ${change}: they are the last administrator. Make someone else an administrator first.`);
}

export async function setUserRole(db: TDb, input: TUserSetRole): Promise<TUserView> {
  await inTransaction(db, (tx) =>
    audited(tx, userAudit, "update", input.id, async () => {
      const current = expectVersion("user", await tx.user.findUnique({ where: { id: input.id }, select: { version: true, role: true, disabledAt: true } }), input);
      if (current.role === "administrator" && input.role !== "administrator" && !current.disabledAt) await expectAnotherAdministrator(tx, input.id, "change this user's role");
      expectOneUpdated("user", await tx.user.updateMany({ where: { id: input.id, version: input.version }, data: { role: input.role, version: { increment: 1 } } }), input.version);
    }),
  );
  return getUser(db, input.id);
}

/** Ends the user's sessions at once; their API tokens are refused while the account is disabled. */
export async function disableUser(db: TDb, input: TUserDisable & { actorId: string }, now: Date): Promise<TUserView> {
  if (input.id === input.actorId) throw new AppError("INVALID", "You cannot disable your own account; ask another administrator.");
  await inTransaction(db, (tx) =>
    audited(tx, userAudit, "update", input.id, async () => {
      const current = expectVersion("user", await tx.user.findUnique({ where: { id: input.id }, select: { version: true, role: true, disabledAt: true } }), input);
      if (current.disabledAt) return;
      if (current.role === "administrator") await expectAnotherAdministrator(tx, input.id, "disable this user");
      expectOneUpdated("user", await tx.user.updateMany({ where: { id: input.id, version: input.version }, data: { disabledAt: now, version: { increment: 1 } } }), input.version);
      await tx.session.deleteMany({ where: { userId: input.id } });
    }),
  );
  return getUser(db, input.id);
}

/**
 * Makes `email` an enabled administrator with this password: a new user, or an existing one (a demo
 * member, say) promoted. Used only by the first-administrator bootstrap and the setup link.
 */
export async function makeAdministrator(tx: TTransaction, input: { email: string; name: string; passwordHash: string }): Promise<{ id: string }> {
  const data = { role: "administrator", passwordHash: input.passwordHash, disabledAt: null };
  return tx.user.upsert({ where: { email: input.email }, create: { email: input.email, name: input.name, ...data }, update: { ...data, version: { increment: 1 } }, select: { id: true } });
}

export async function hasAdministrator(db: TDb): Promise<boolean> {
  return (await db.user.count({ where: { role: "administrator", disabledAt: null } })) > 0;
}
