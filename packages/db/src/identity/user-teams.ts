import { Prisma } from "../generated/prisma/client.ts";
import type { TDb } from "../catalog/integrity.ts";

export interface TUserTeam {
  slug: string;
  name: string;
}

/**
 * Users belong to the teams that list them as members: a TeamMember whose email equals the user's,
 * compared case-insensitively (user emails are stored lower-case, member emails as entered). The
 * catalog's member lists stay the one place membership is edited.
 */
export async function teamsByEmail(db: TDb, emails: readonly string[]): Promise<Map<string, TUserTeam[]>> {
  const teams = new Map<string, TUserTeam[]>(emails.map((email) => [email, []]));
  if (emails.length === 0) return teams;
  const rows = await db.$queryRaw<{ email: string; slug: string; name: string }[]>`
    SELECT lower(m."email") AS "email", t."slug" AS "slug", t."name" AS "name"
    FROM "TeamMember" m JOIN "Team" t ON t."id" = m."teamId"
    WHERE lower(m."email") IN (${Prisma.join(emails.map((email) => email.toLowerCase()))})
    ORDER BY t."name", t."slug"`;
  for (const row of rows) teams.get(row.email)?.push({ slug: row.slug, name: row.name });
  return teams;
}

export async function teamsOf(db: TDb, email: string): Promise<TUserTeam[]> {
  return (await teamsByEmail(db, [email])).get(email) ?? [];
}
