import { randomUUID } from "node:crypto";
import type {
  TBoundedContextCreate,
  TClusterCreate,
  TComponentCreate,
  TContextRelationshipCreate,
  TEnvironmentCreate,
  TNamespaceCreate,
  TRepositoryCreate,
  TSolutionAreaCreate,
  TTeamCreate,
  TTeamInteraction,
} from "@topograph/domain";
import type { TTransaction } from "../catalog/integrity.ts";
import { insertRows } from "./insert-rows.ts";

/**
 * Multi-row inserts of new catalog entries whose references the caller has already resolved (the
 * generated enterprise, the new entries of a Backstage import). No per-entry checks and no audit
 * entries here: each caller vouches for its rows and records what it wrote its own way.
 *
 * Plain INSERT statements rather than Prisma's createMany, which spends about 0.15 ms of CPU per
 * row: at 20,000 entries and their links that was most of an import. So ids (random UUIDs, where
 * Prisma would make cuids: both are opaque text) and timestamps are set here.
 */

/** Turns a slug into the id of an entry the caller knows exists. */
export type TIdOf = (slug: string) => string;
/** Ids of the inserted entries, by slug. */
export type TIdsBySlug = Map<string, string>;

/** Rows per statement: well under SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK = 500;

export async function inChunks<T>(rows: readonly T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

/** A new row's id and timestamps. */
function fresh() {
  const now = new Date();
  return { id: randomUUID(), createdAt: now, updatedAt: now };
}

/** Inserts entries with a slug and returns their ids by slug. */
async function insertEntries<E extends { slug?: string | undefined }>(tx: TTransaction, table: string, entries: readonly E[], columns: (entry: E) => Record<string, string | number | null>) {
  const rows = entries.map((entry) => ({ ...fresh(), slug: entry.slug!, ...columns(entry) }));
  await insertRows(tx, table, rows);
  return new Map(rows.map((row) => [row.slug, row.id])) as TIdsBySlug;
}

/** Inserts link rows: the foreign keys and timestamps, no id of their own. */
async function insertLinks(tx: TTransaction, table: string, links: readonly Record<string, string>[]) {
  const { createdAt, updatedAt } = fresh();
  await insertRows(tx, table, links.map((link) => ({ ...link, createdAt, updatedAt })));
}

export const insertEnvironments = (tx: TTransaction, entries: readonly TEnvironmentCreate[]) =>
  insertEntries(tx, "Environment", entries, (e) => ({ name: e.name, rank: e.rank, description: e.description }));

export const insertClusters = (tx: TTransaction, entries: readonly TClusterCreate[]) =>
  insertEntries(tx, "Cluster", entries, (c) => ({ name: c.name, provider: c.provider, region: c.region, description: c.description }));

export const insertNamespaces = (tx: TTransaction, entries: readonly TNamespaceCreate[], idOf: { cluster: TIdOf; environment: TIdOf }) =>
  insertEntries(tx, "Namespace", entries, (n) => ({
    name: n.name,
    clusterId: idOf.cluster(n.clusterSlug),
    environmentId: idOf.environment(n.environmentSlug),
    meshMembership: n.meshMembership,
    deployMethod: n.deployMethod,
    description: n.description,
  }));

export async function insertTeams(tx: TTransaction, entries: readonly TTeamCreate[]): Promise<TIdsBySlug> {
  const ids = await insertEntries(tx, "Team", entries, (t) => ({ name: t.name, type: t.type, description: t.description, contactChannel: t.contactChannel }));
  await insertRows(
    tx,
    "TeamMember",
    entries.flatMap((t) => t.members.map((m) => ({ ...fresh(), teamId: ids.get(t.slug!)!, name: m.name, email: m.email, role: m.role }))),
  );
  return ids;
}

/** Returns each interaction's audit key, "teamId|withTeamId". */
export async function insertTeamInteractions(tx: TTransaction, entries: readonly TTeamInteraction[], team: TIdOf): Promise<string[]> {
  const rows = entries.map((i) => ({ ...fresh(), teamId: team(i.teamSlug), withTeamId: team(i.withTeamSlug), mode: i.mode, description: i.description }));
  await insertRows(tx, "TeamInteraction", rows);
  return rows.map((row) => `${row.teamId}|${row.withTeamId}`);
}

/** A solution area as stored: a bounded context's own area has the context's slug, name and purpose. */
type TAreaRow = Pick<TSolutionAreaCreate, "name" | "description" | "teamSlugs"> & { slug: string; kind: TSolutionAreaCreate["kind"] | "bounded-context" };

export const areaOfContext = (context: TBoundedContextCreate): TAreaRow => ({
  slug: context.slug!,
  name: context.name,
  kind: "bounded-context",
  description: context.purpose,
  teamSlugs: context.teamSlugs,
});

export async function insertSolutionAreas(tx: TTransaction, areas: readonly TAreaRow[], team: TIdOf): Promise<TIdsBySlug> {
  const ids = await insertEntries(tx, "SolutionArea", areas, (a) => ({ name: a.name, kind: a.kind, description: a.description }));
  await insertLinks(tx, "SolutionAreaTeam", areas.flatMap((a) => a.teamSlugs.map((t) => ({ solutionAreaId: ids.get(a.slug)!, teamId: team(t) }))));
  return ids;
}

/** Bounded contexts whose solution areas (areaOfContext) are already inserted. */
export const insertBoundedContexts = (tx: TTransaction, entries: readonly TBoundedContextCreate[], area: TIdOf) =>
  insertEntries(tx, "BoundedContext", entries, (c) => ({ name: c.name, purpose: c.purpose, subdomainType: c.subdomainType, complexity: c.complexity, solutionAreaId: area(c.slug!) }));

/** Returns the new relationships' ids. */
export async function insertContextRelationships(tx: TTransaction, entries: readonly TContextRelationshipCreate[], context: TIdOf): Promise<string[]> {
  const rows = entries.map((r) => ({ ...fresh(), upstreamId: context(r.upstreamSlug), downstreamId: context(r.downstreamSlug), pattern: r.pattern, description: r.description }));
  await insertRows(tx, "ContextRelationship", rows);
  return rows.map((row) => row.id);
}

export const insertRepositories = (tx: TTransaction, entries: readonly TRepositoryCreate[]) =>
  insertEntries(tx, "Repository", entries, (r) => ({ name: r.name, url: r.url, kind: r.kind, defaultBranch: r.defaultBranch, branchModel: r.branchModel, description: r.description }));

/** Components with their owners, repositories and namespaces; dependencies come after (insertDependencies), once every component has an id. */
export async function insertComponents(
  tx: TTransaction,
  entries: readonly TComponentCreate[],
  idOf: { area: TIdOf; team: TIdOf; repository: TIdOf; namespace: TIdOf },
): Promise<TIdsBySlug> {
  const ids = await insertEntries(tx, "Component", entries, (c) => ({
    name: c.name,
    description: c.description,
    kind: c.kind,
    lifecycle: c.lifecycle,
    labels: JSON.stringify(c.labels),
    ownershipMode: c.ownershipMode,
    solutionAreaId: c.solutionAreaSlug ? idOf.area(c.solutionAreaSlug) : null,
  }));
  const component = (c: TComponentCreate) => ids.get(c.slug!)!;
  await insertLinks(tx, "ComponentOwner", entries.flatMap((c) => c.ownerTeamSlugs.map((t) => ({ componentId: component(c), teamId: idOf.team(t) }))));
  await insertLinks(tx, "RepositoryComponent", entries.flatMap((c) => c.repositorySlugs.map((r) => ({ componentId: component(c), repositoryId: idOf.repository(r) }))));
  await insertLinks(tx, "Deployment", entries.flatMap((c) => c.namespaceSlugs.map((n) => ({ componentId: component(c), namespaceId: idOf.namespace(n) }))));
  return ids;
}

export const insertDependencies = (tx: TTransaction, entries: readonly Pick<TComponentCreate, "slug" | "dependencies">[], component: TIdOf) =>
  insertLinks(
    tx,
    "ComponentDependency",
    entries.flatMap((c) => c.dependencies.map((d) => ({ dependentId: component(c.slug!), dependencyId: component(d.componentSlug), style: d.style }))),
  );

/** Sets which components each (new) repository holds, replacing links its components' rows made. */
export async function replaceRepositoryComponents(tx: TTransaction, entries: readonly Pick<TRepositoryCreate, "slug" | "componentSlugs">[], idOf: { repository: TIdOf; component: TIdOf }) {
  await inChunks(entries, (chunk) => tx.repositoryComponent.deleteMany({ where: { repositoryId: { in: chunk.map((r) => idOf.repository(r.slug!)) } } }));
  await insertLinks(tx, "RepositoryComponent", entries.flatMap((r) => r.componentSlugs.map((c) => ({ repositoryId: idOf.repository(r.slug!), componentId: idOf.component(c) }))));
}
