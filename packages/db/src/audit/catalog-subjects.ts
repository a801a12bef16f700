import { teamPairKey, type TAuditEntityKind, type TAuditFields } from "@topograph/domain";
import type { TTransaction } from "../catalog/integrity.ts";
import type { TAuditSnapshot, TAuditSubject } from "./audited-write.ts";

/** Bookkeeping the log leaves out of every snapshot: the id is the entry's key, versions and times are the entry's own. */
const BOOKKEEPING = { id: true, createdAt: true, updatedAt: true, version: true } as const;
const slugOf = { select: { slug: true } } as const;
const teamSlugs = { select: { team: slugOf }, orderBy: { team: { slug: "asc" as const } } };
const slugsOf = (links: { team: { slug: string } }[]) => links.map((link) => link.team.slug);
/** Rows are read with their id (to key the result) and the id is then dropped from the snapshot. */
const KEEP_ID = { ...BOOKKEEPING, id: false } as const;
const byIds = (ids: readonly string[]) => ({ id: { in: [...ids] } });

/** The usual snapshot: keyed by slug, named by name, every other field as stored. */
function bySlug({ id: _, ...row }: { id: string; slug: string; name: string } & TAuditFields): TAuditSnapshot {
  return { key: row.slug, name: row.name, fields: row };
}

/** A catalog subject that reads many entries in one query (bulk imports); one entry is the case of one id. */
export interface TCatalogAuditSubject extends TAuditSubject {
  readMany: (tx: TTransaction, ids: readonly string[]) => Promise<Map<string, TAuditSnapshot>>;
}

function subject(kind: TAuditEntityKind, readRows: (tx: TTransaction, ids: readonly string[]) => Promise<[string, TAuditSnapshot][]>): TCatalogAuditSubject {
  const readMany = async (tx: TTransaction, ids: readonly string[]) => new Map(ids.length === 0 ? [] : await readRows(tx, ids));
  return { kind, readMany, read: async (tx, id) => (await readMany(tx, [id])).get(id) ?? null };
}

const keyed = <R extends { id: string }>(rows: R[], snapshot: (row: R) => TAuditSnapshot): [string, TAuditSnapshot][] => rows.map((row) => [row.id, snapshot(row)]);

export const organisationAudit = subject("organisation", async (tx, ids) => {
  const rows = await tx.organisation.findMany({ where: byIds(ids), omit: KEEP_ID });
  return keyed(rows, ({ id, ...row }) => ({ key: id, name: row.name, fields: row }));
});

export const teamAudit = subject("team", async (tx, ids) => {
  const rows = await tx.team.findMany({ where: byIds(ids), omit: KEEP_ID, include: { members: { select: { name: true, email: true, role: true }, orderBy: { email: "asc" } } } });
  return keyed(rows, bySlug);
});

export const solutionAreaAudit = subject("solution-area", async (tx, ids) => {
  const rows = await tx.solutionArea.findMany({ where: byIds(ids), omit: KEEP_ID, include: { teams: teamSlugs } });
  return keyed(rows, (row) => bySlug({ ...row, teams: slugsOf(row.teams) }));
});

export const boundedContextAudit = subject("bounded-context", async (tx, ids) => {
  const rows = await tx.boundedContext.findMany({ where: byIds(ids), omit: { ...KEEP_ID, solutionAreaId: true }, include: { solutionArea: { select: { teams: teamSlugs } } } });
  return keyed(rows, ({ solutionArea, ...fields }) => bySlug({ ...fields, teams: slugsOf(solutionArea.teams) }));
});

export const contextRelationshipAudit = subject("context-relationship", async (tx, ids) => {
  const rows = await tx.contextRelationship.findMany({ where: byIds(ids), select: { id: true, pattern: true, description: true, upstream: slugOf, downstream: slugOf } });
  return keyed(rows, (row) => {
    const fields = { upstream: row.upstream.slug, downstream: row.downstream.slug, pattern: row.pattern, description: row.description };
    return { key: row.id, name: `${fields.upstream} → ${fields.downstream} (${fields.pattern})`, fields };
  });
});

export const componentAudit = subject("component", async (tx, ids) => {
  const rows = await tx.component.findMany({
    where: byIds(ids),
    omit: { ...KEEP_ID, solutionAreaId: true },
    include: {
      solutionArea: slugOf,
      owners: teamSlugs,
      repositories: { select: { repository: slugOf }, orderBy: { repository: { slug: "asc" } } },
      deployments: { select: { namespace: slugOf }, orderBy: { namespace: { slug: "asc" } } },
      dependencies: { select: { style: true, dependency: slugOf }, orderBy: { dependency: { slug: "asc" } } },
    },
  });
  return keyed(rows, (row) =>
    bySlug({
      ...row,
      labels: JSON.parse(row.labels) as unknown,
      solutionArea: row.solutionArea?.slug ?? null,
      owners: slugsOf(row.owners),
      repositories: row.repositories.map((link) => link.repository.slug),
      namespaces: row.deployments.map((link) => link.namespace.slug),
      deployments: undefined,
      dependencies: row.dependencies.map((d) => ({ component: d.dependency.slug, style: d.style })),
    }),
  );
});

export const repositoryAudit = subject("repository", async (tx, ids) => {
  const rows = await tx.repository.findMany({ where: byIds(ids), omit: KEEP_ID, include: { components: { select: { component: slugOf }, orderBy: { component: { slug: "asc" } } } } });
  return keyed(rows, (row) => bySlug({ ...row, components: row.components.map((link) => link.component.slug) }));
});

export const environmentAudit = subject("environment", async (tx, ids) => keyed(await tx.environment.findMany({ where: byIds(ids), omit: KEEP_ID }), bySlug));

export const clusterAudit = subject("cluster", async (tx, ids) => keyed(await tx.cluster.findMany({ where: byIds(ids), omit: KEEP_ID }), bySlug));

export const namespaceAudit = subject("namespace", async (tx, ids) => {
  const rows = await tx.namespace.findMany({ where: byIds(ids), omit: { ...KEEP_ID, clusterId: true, environmentId: true }, include: { cluster: slugOf, environment: slugOf } });
  return keyed(rows, (row) => bySlug({ ...row, cluster: row.cluster.slug, environment: row.environment.slug }));
});

/** Keyed by the pair of team ids, "teamId|withTeamId", either way round: a pair has one interaction. */
export const teamInteractionAudit = subject("team-interaction", async (tx, pairs) => {
  const split = pairs.map((pair) => pair.split("|") as [string, string]);
  const teamIds = [...new Set(split.flat())];
  const rows = await tx.teamInteraction.findMany({
    where: { teamId: { in: teamIds }, withTeamId: { in: teamIds } },
    select: { teamId: true, withTeamId: true, mode: true, description: true, team: slugOf, withTeam: slugOf },
  });
  const byPair = new Map(rows.flatMap((row) => [[`${row.teamId}|${row.withTeamId}`, row] as const, [`${row.withTeamId}|${row.teamId}`, row] as const]));
  return split.flatMap(([teamId, withTeamId]): [string, TAuditSnapshot][] => {
    const row = byPair.get(`${teamId}|${withTeamId}`);
    if (!row) return [];
    const fields = { team: row.team.slug, withTeam: row.withTeam.slug, mode: row.mode, description: row.description };
    return [[`${teamId}|${withTeamId}`, { key: teamPairKey(fields.team, fields.withTeam), name: `${fields.team} ↔ ${fields.withTeam}`, fields }]];
  });
});
