import { teamPairKey, type TAuditEntityKind, type TAuditFields } from "@topograph/domain";
import type { TTransaction } from "../catalog/integrity.ts";
import type { TAuditSnapshot, TAuditSubject } from "./audited-write.ts";

/** Bookkeeping the log leaves out of every snapshot: the id is the entry's key, versions and times are the entry's own. */
const BOOKKEEPING = { id: true, createdAt: true, updatedAt: true, version: true } as const;
const slugOf = { select: { slug: true } } as const;
const teamSlugs = { select: { team: slugOf }, orderBy: { team: { slug: "asc" as const } } };
const slugsOf = (links: { team: { slug: string } }[]) => links.map((link) => link.team.slug);

/** The usual snapshot: keyed by slug, named by name, every other field as stored. */
function bySlug(row: ({ slug: string; name: string } & TAuditFields) | null): TAuditSnapshot | null {
  return row && { key: row.slug, name: row.name, fields: row };
}

function subject(kind: TAuditEntityKind, read: (tx: TTransaction, id: string) => Promise<TAuditSnapshot | null>): TAuditSubject {
  return { kind, read };
}

export const organisationAudit = subject("organisation", async (tx, id) => {
  const row = await tx.organisation.findUnique({ where: { id }, omit: BOOKKEEPING });
  return row && { key: id, name: row.name, fields: row };
});

export const teamAudit = subject("team", async (tx, id) => {
  const row = await tx.team.findUnique({ where: { id }, omit: BOOKKEEPING, include: { members: { select: { name: true, email: true, role: true }, orderBy: { email: "asc" } } } });
  return bySlug(row);
});

export const solutionAreaAudit = subject("solution-area", async (tx, id) => {
  const row = await tx.solutionArea.findUnique({ where: { id }, omit: BOOKKEEPING, include: { teams: teamSlugs } });
  return bySlug(row && { ...row, teams: slugsOf(row.teams) });
});

export const boundedContextAudit = subject("bounded-context", async (tx, id) => {
  const row = await tx.boundedContext.findUnique({ where: { id }, omit: { ...BOOKKEEPING, solutionAreaId: true }, include: { solutionArea: { select: { teams: teamSlugs } } } });
  if (!row) return null;
  const { solutionArea, ...fields } = row;
  return bySlug({ ...fields, teams: slugsOf(solutionArea.teams) });
});

export const contextRelationshipAudit = subject("context-relationship", async (tx, id) => {
  const row = await tx.contextRelationship.findUnique({ where: { id }, select: { pattern: true, description: true, upstream: slugOf, downstream: slugOf } });
  if (!row) return null;
  const fields = { upstream: row.upstream.slug, downstream: row.downstream.slug, pattern: row.pattern, description: row.description };
  return { key: id, name: `${fields.upstream} → ${fields.downstream} (${fields.pattern})`, fields };
});

export const componentAudit = subject("component", async (tx, id) => {
  const row = await tx.component.findUnique({
    where: { id },
    omit: { ...BOOKKEEPING, solutionAreaId: true },
    include: {
      solutionArea: slugOf,
      owners: teamSlugs,
      repositories: { select: { repository: slugOf }, orderBy: { repository: { slug: "asc" } } },
      deployments: { select: { namespace: slugOf }, orderBy: { namespace: { slug: "asc" } } },
      dependencies: { select: { style: true, dependency: slugOf }, orderBy: { dependency: { slug: "asc" } } },
    },
  });
  if (!row) return null;
  return bySlug({
    ...row,
    labels: JSON.parse(row.labels) as unknown,
    solutionArea: row.solutionArea?.slug ?? null,
    owners: slugsOf(row.owners),
    repositories: row.repositories.map((link) => link.repository.slug),
    namespaces: row.deployments.map((link) => link.namespace.slug),
    deployments: undefined,
    dependencies: row.dependencies.map((d) => ({ component: d.dependency.slug, style: d.style })),
  });
});

export const repositoryAudit = subject("repository", async (tx, id) => {
  const row = await tx.repository.findUnique({ where: { id }, omit: BOOKKEEPING, include: { components: { select: { component: slugOf }, orderBy: { component: { slug: "asc" } } } } });
  return bySlug(row && { ...row, components: row.components.map((link) => link.component.slug) });
});

export const environmentAudit = subject("environment", async (tx, id) => bySlug(await tx.environment.findUnique({ where: { id }, omit: BOOKKEEPING })));

export const clusterAudit = subject("cluster", async (tx, id) => bySlug(await tx.cluster.findUnique({ where: { id }, omit: BOOKKEEPING })));

export const namespaceAudit = subject("namespace", async (tx, id) => {
  const row = await tx.namespace.findUnique({ where: { id }, omit: { ...BOOKKEEPING, clusterId: true, environmentId: true }, include: { cluster: slugOf, environment: slugOf } });
  return bySlug(row && { ...row, cluster: row.cluster.slug, environment: row.environment.slug });
});

/** Keyed by the pair of team ids, "teamId|withTeamId", either way round: a pair has one interaction. */
export const teamInteractionAudit = subject("team-interaction", async (tx, pair) => {
  const [teamId = "", withTeamId = ""] = pair.split("|");
  const row = await tx.teamInteraction.findFirst({
    where: { OR: [{ teamId, withTeamId }, { teamId: withTeamId, withTeamId: teamId }] },
    select: { mode: true, description: true, team: slugOf, withTeam: slugOf },
  });
  if (!row) return null;
  const fields = { team: row.team.slug, withTeam: row.withTeam.slug, mode: row.mode, description: row.description };
  return { key: teamPairKey(fields.team, fields.withTeam), name: `${fields.team} ↔ ${fields.withTeam}`, fields };
});
