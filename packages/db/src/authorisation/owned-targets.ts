import { effectiveOwnershipMode, sharedTarget, type TOwnedTarget, type TOwnershipMode, type TTeamRef } from "@topograph/domain";
import type { TDb } from "../catalog/integrity.ts";
import { getOrganisation } from "../catalog/organisation.ts";
import { ownersSelect, teamsOf } from "../catalog/references.ts";

/**
 * What the ownership rules read about an entity before a write: its owning teams and the mode that
 * governs it. Each returns null when the entity does not exist, so the write itself reports that.
 */
export type TEntityKey = { id: string } | { slug: string };

const componentOwnership = { name: true, ownershipMode: true, owners: ownersSelect } as const;

/** The organisation's default ownership mode: what governs things that set none. */
export async function organisationMode(db: TDb): Promise<TOwnershipMode> {
  return (await getOrganisation(db)).defaultOwnershipMode;
}

function asComponentTarget(row: { name: string; ownershipMode: string | null; owners: { team: TTeamRef }[] }, organisationDefault: TOwnershipMode): TOwnedTarget {
  return { kind: "component", name: row.name, ownerTeams: teamsOf(row.owners), mode: effectiveOwnershipMode(row.ownershipMode as TOwnershipMode | null, organisationDefault).mode };
}

export async function componentTarget(db: TDb, key: TEntityKey): Promise<TOwnedTarget | null> {
  const row = await db.component.findUnique({ where: key, select: componentOwnership });
  return row && asComponentTarget(row, await organisationMode(db));
}

/** Components named by slug; unknown slugs are left to the write's own reference check. */
export async function componentTargetsBySlug(db: TDb, slugs: readonly string[]): Promise<TOwnedTarget[]> {
  if (slugs.length === 0) return [];
  const [rows, mode] = await Promise.all([db.component.findMany({ where: { slug: { in: [...slugs] } }, select: componentOwnership }), organisationMode(db)]);
  return rows.map((row) => asComponentTarget(row, mode));
}

/** A repository belongs to the components built from it. */
export async function repositoryTarget(db: TDb, key: TEntityKey): Promise<TOwnedTarget | null> {
  const row = await db.repository.findUnique({ where: key, select: { name: true, components: { select: { component: { select: componentOwnership } } } } });
  if (!row) return null;
  const mode = await organisationMode(db);
  return sharedTarget("repository", row.name, row.components.map((link) => asComponentTarget(link.component, mode)));
}

/** A namespace belongs to the components deployed into it. */
export async function namespaceTarget(db: TDb, key: TEntityKey): Promise<TOwnedTarget | null> {
  const row = await db.namespace.findUnique({ where: key, select: { name: true, deployments: { select: { component: { select: componentOwnership } } } } });
  if (!row) return null;
  const mode = await organisationMode(db);
  return sharedTarget("namespace", row.name, row.deployments.map((link) => asComponentTarget(link.component, mode)));
}

const areaOwnership = { name: true, teams: { select: { team: { select: { slug: true, name: true } } }, orderBy: { team: { name: "asc" as const } } } } as const;

/** A solution area (and its bounded context) belongs to the teams that answer for it, under the organisation's mode. */
export async function solutionAreaTarget(db: TDb, key: TEntityKey): Promise<TOwnedTarget | null> {
  const row = await db.solutionArea.findUnique({ where: key, select: areaOwnership });
  return row && { kind: "solution area", name: row.name, ownerTeams: teamsOf(row.teams), mode: await organisationMode(db) };
}

export async function boundedContextTarget(db: TDb, key: TEntityKey): Promise<TOwnedTarget | null> {
  const row = await db.boundedContext.findUnique({ where: key, select: { name: true, solutionArea: { select: areaOwnership } } });
  return row && { kind: "bounded context", name: row.name, ownerTeams: teamsOf(row.solutionArea.teams), mode: await organisationMode(db) };
}

export async function teamRef(db: TDb, key: TEntityKey): Promise<TTeamRef | null> {
  return db.team.findUnique({ where: key, select: { slug: true, name: true } });
}

/** Teams named by slug; unknown slugs are left to the write's own reference check. */
export async function teamRefsBySlug(db: TDb, slugs: readonly (string | null | undefined)[]): Promise<TTeamRef[]> {
  const named = slugs.filter((slug): slug is string => Boolean(slug));
  if (named.length === 0) return [];
  return db.team.findMany({ where: { slug: { in: named } }, select: { slug: true, name: true }, orderBy: { name: "asc" } });
}

/** The team that owns a scorecard's definition; `exists` false for a slug not stored yet. */
export async function scorecardOwnership(db: TDb, slug: string): Promise<{ exists: boolean; ownerTeams: TTeamRef[] }> {
  const row = await db.scorecard.findUnique({ where: { slug }, select: { ownerTeam: { select: { slug: true, name: true } } } });
  return { exists: row !== null, ownerTeams: row?.ownerTeam ? [row.ownerTeam] : [] };
}

export async function initiativeOwnership(db: TDb, id: string): Promise<{ exists: boolean; ownerTeams: TTeamRef[] }> {
  const row = await db.initiative.findUnique({ where: { id }, select: { ownerTeam: { select: { slug: true, name: true } } } });
  return { exists: row !== null, ownerTeams: row?.ownerTeam ? [row.ownerTeam] : [] };
}

/** The entity a waiver excuses, as a scope: its kind and slug. */
export async function waiverSubject(db: TDb, id: string): Promise<{ kind: "team" | "bounded-context" | "component" | "namespace"; slug: string } | null> {
  const row = await db.waiver.findUnique({
    where: { id },
    select: { team: { select: { slug: true } }, boundedContext: { select: { slug: true } }, component: { select: { slug: true } }, namespace: { select: { slug: true } } },
  });
  if (!row) return null;
  if (row.component) return { kind: "component", slug: row.component.slug };
  if (row.namespace) return { kind: "namespace", slug: row.namespace.slug };
  if (row.boundedContext) return { kind: "bounded-context", slug: row.boundedContext.slug };
  if (row.team) return { kind: "team", slug: row.team.slug };
  return null;
}

/** A component's own ownership settings, to tell whether an update changes them. */
export async function componentOwnershipSettings(db: TDb, id: string): Promise<{ ownershipMode: TOwnershipMode | null; ownerTeamSlugs: string[] } | null> {
  const row = await db.component.findUnique({ where: { id }, select: { ownershipMode: true, owners: ownersSelect } });
  return row && { ownershipMode: row.ownershipMode as TOwnershipMode | null, ownerTeamSlugs: teamsOf(row.owners).map((team) => team.slug) };
}

/** The teams that answer for a solution area (a bounded context's through its area), by slug. */
export async function areaTeamSlugs(db: TDb, key: { solutionAreaId: string } | { boundedContextId: string }): Promise<string[]> {
  const where = "solutionAreaId" in key ? { id: key.solutionAreaId } : { boundedContext: { id: key.boundedContextId } };
  const row = await db.solutionArea.findFirst({ where, select: areaOwnership });
  return row ? teamsOf(row.teams).map((team) => team.slug) : [];
}

/** The two contexts a context-map relationship joins. */
export async function contextRelationshipEnds(db: TDb, id: string): Promise<{ upstreamId: string; downstreamId: string } | null> {
  return db.contextRelationship.findUnique({ where: { id }, select: { upstreamId: true, downstreamId: true } });
}
