import { Prisma } from "../generated/prisma/client.ts";
import type { TDb } from "./integrity.ts";

/** What a component list row shows of its relations: owners (as `ownersSelect` reads them) and its solution area. */
export interface TComponentRowRelations {
  owners: { team: { slug: string; name: string } }[];
  solutionArea: { slug: string; name: string; kind: string } | null;
}

/**
 * The owning teams (by team name) and the solution area of each of these components, in one
 * statement. A nested Prisma select reads them in three (owner links, teams, areas), each with its
 * own compilation and mapping: 1.5 ms of a 50-row page against 0.4 ms for this one.
 */
export async function componentRowRelations(db: TDb, ids: readonly string[]): Promise<(id: string) => TComponentRowRelations> {
  const owners = new Map<string, TComponentRowRelations["owners"]>();
  const areas = new Map<string, NonNullable<TComponentRowRelations["solutionArea"]>>();
  if (ids.length > 0) {
    const rows = await db.$queryRaw<{ relation: "owner" | "area"; componentId: string; slug: string; name: string; kind: string | null }[]>`
      SELECT 'owner' AS "relation", o."componentId" AS "componentId", t."slug" AS "slug", t."name" AS "name", NULL AS "kind"
      FROM "ComponentOwner" o JOIN "Team" t ON t."id" = o."teamId" WHERE o."componentId" IN (${Prisma.join(ids)})
      UNION ALL
      SELECT 'area', c."id", a."slug", a."name", a."kind"
      FROM "Component" c JOIN "SolutionArea" a ON a."id" = c."solutionAreaId" WHERE c."id" IN (${Prisma.join(ids)})
      ORDER BY "name", "slug"`;
    for (const { relation, componentId, slug, name, kind } of rows) {
      // Areas always have a kind; owners' rows carry none.
      if (relation === "area" && kind !== null) areas.set(componentId, { slug, name, kind });
      else if (relation === "owner") owners.set(componentId, [...(owners.get(componentId) ?? []), { team: { slug, name } }]);
    }
  }
  return (id) => ({ owners: owners.get(id) ?? [], solutionArea: areas.get(id) ?? null });
}
