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
import type { TTransaction } from "./integrity.ts";

/**
 * Multi-row inserts of new catalog entries whose references the caller has already resolved (the
 * generated enterprise, the new entries of a Backstage import). No per-entry checks and no audit
 * entries here: each caller vouches for its rows and records what it wrote its own way.
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

async function insertReturningIds<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<{ id: string; slug: string }[]>): Promise<TIdsBySlug> {
  const ids: TIdsBySlug = new Map();
  await inChunks(rows, async (chunk) => {
    for (const row of await insert(chunk)) ids.set(row.slug, row.id);
  });
  return ids;
}

const returned = { select: { id: true, slug: true } } as const;

export const insertEnvironments = (tx: TTransaction, entries: readonly TEnvironmentCreate[]) =>
  insertReturningIds(entries, (chunk) => tx.environment.createManyAndReturn({ data: chunk.map((e) => ({ slug: e.slug!, name: e.name, rank: e.rank, description: e.description })), ...returned }));

export const insertClusters = (tx: TTransaction, entries: readonly TClusterCreate[]) =>
  insertReturningIds(entries, (chunk) =>
    tx.cluster.createManyAndReturn({ data: chunk.map((c) => ({ slug: c.slug!, name: c.name, provider: c.provider, region: c.region, description: c.description })), ...returned }),
  );

export const insertNamespaces = (tx: TTransaction, entries: readonly TNamespaceCreate[], idOf: { cluster: TIdOf; environment: TIdOf }) =>
  insertReturningIds(entries, (chunk) =>
    tx.namespace.createManyAndReturn({
      data: chunk.map((n) => ({
        slug: n.slug!,
        name: n.name,
        clusterId: idOf.cluster(n.clusterSlug),
        environmentId: idOf.environment(n.environmentSlug),
        meshMembership: n.meshMembership,
        deployMethod: n.deployMethod,
        description: n.description,
      })),
      ...returned,
    }),
  );

export async function insertTeams(tx: TTransaction, entries: readonly TTeamCreate[]): Promise<TIdsBySlug> {
  const ids = await insertReturningIds(entries, (chunk) =>
    tx.team.createManyAndReturn({ data: chunk.map((t) => ({ slug: t.slug!, name: t.name, type: t.type, description: t.description, contactChannel: t.contactChannel })), ...returned }),
  );
  await inChunks(
    entries.flatMap((t) => t.members.map((m) => ({ name: m.name, email: m.email, role: m.role, teamId: ids.get(t.slug!)! }))),
    (chunk) => tx.teamMember.createMany({ data: chunk }),
  );
  return ids;
}

export async function insertTeamInteractions(tx: TTransaction, entries: readonly TTeamInteraction[], team: TIdOf): Promise<string[]> {
  const rows = entries.map((i) => ({ teamId: team(i.teamSlug), withTeamId: team(i.withTeamSlug), mode: i.mode, description: i.description }));
  await inChunks(rows, (chunk) => tx.teamInteraction.createMany({ data: chunk }));
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
  const ids = await insertReturningIds(areas, (chunk) => tx.solutionArea.createManyAndReturn({ data: chunk.map(({ teamSlugs: _, ...area }) => area), ...returned }));
  await inChunks(
    areas.flatMap((a) => a.teamSlugs.map((t) => ({ solutionAreaId: ids.get(a.slug)!, teamId: team(t) }))),
    (chunk) => tx.solutionAreaTeam.createMany({ data: chunk }),
  );
  return ids;
}

/** Bounded contexts whose solution areas (areaOfContext) are already inserted. */
export const insertBoundedContexts = (tx: TTransaction, entries: readonly TBoundedContextCreate[], area: TIdOf) =>
  insertReturningIds(entries, (chunk) =>
    tx.boundedContext.createManyAndReturn({
      data: chunk.map((c) => ({ slug: c.slug!, name: c.name, purpose: c.purpose, subdomainType: c.subdomainType, complexity: c.complexity, solutionAreaId: area(c.slug!) })),
      ...returned,
    }),
  );

export async function insertContextRelationships(tx: TTransaction, entries: readonly TContextRelationshipCreate[], context: TIdOf): Promise<string[]> {
  const ids: string[] = [];
  await inChunks(entries, async (chunk) => {
    const rows = await tx.contextRelationship.createManyAndReturn({
      data: chunk.map((r) => ({ upstreamId: context(r.upstreamSlug), downstreamId: context(r.downstreamSlug), pattern: r.pattern, description: r.description })),
      select: { id: true },
    });
    ids.push(...rows.map((row) => row.id));
  });
  return ids;
}

export const insertRepositories = (tx: TTransaction, entries: readonly TRepositoryCreate[]) =>
  insertReturningIds(entries, (chunk) =>
    tx.repository.createManyAndReturn({
      data: chunk.map((r) => ({ slug: r.slug!, name: r.name, url: r.url, kind: r.kind, defaultBranch: r.defaultBranch, branchModel: r.branchModel, description: r.description })),
      ...returned,
    }),
  );

/** Components with their owners, repositories and namespaces; dependencies come after (insertDependencies), once every component has an id. */
export async function insertComponents(
  tx: TTransaction,
  entries: readonly TComponentCreate[],
  idOf: { area: TIdOf; team: TIdOf; repository: TIdOf; namespace: TIdOf },
): Promise<TIdsBySlug> {
  const ids = await insertReturningIds(entries, (chunk) =>
    tx.component.createManyAndReturn({
      data: chunk.map((c) => ({
        slug: c.slug!,
        name: c.name,
        description: c.description,
        kind: c.kind,
        lifecycle: c.lifecycle,
        labels: JSON.stringify(c.labels),
        ownershipMode: c.ownershipMode,
        solutionAreaId: c.solutionAreaSlug ? idOf.area(c.solutionAreaSlug) : null,
      })),
      ...returned,
    }),
  );
  const component = (c: TComponentCreate) => ids.get(c.slug!)!;
  await inChunks(
    entries.flatMap((c) => c.ownerTeamSlugs.map((t) => ({ componentId: component(c), teamId: idOf.team(t) }))),
    (chunk) => tx.componentOwner.createMany({ data: chunk }),
  );
  await inChunks(
    entries.flatMap((c) => c.repositorySlugs.map((r) => ({ componentId: component(c), repositoryId: idOf.repository(r) }))),
    (chunk) => tx.repositoryComponent.createMany({ data: chunk }),
  );
  await inChunks(
    entries.flatMap((c) => c.namespaceSlugs.map((n) => ({ componentId: component(c), namespaceId: idOf.namespace(n) }))),
    (chunk) => tx.deployment.createMany({ data: chunk }),
  );
  return ids;
}

export const insertDependencies = (tx: TTransaction, entries: readonly Pick<TComponentCreate, "slug" | "dependencies">[], component: TIdOf) =>
  inChunks(
    entries.flatMap((c) => c.dependencies.map((d) => ({ dependentId: component(c.slug!), dependencyId: component(d.componentSlug), style: d.style }))),
    (chunk) => tx.componentDependency.createMany({ data: chunk }),
  );

/** Sets which components each (new) repository holds, replacing links its components' rows made. */
export async function replaceRepositoryComponents(tx: TTransaction, entries: readonly Pick<TRepositoryCreate, "slug" | "componentSlugs">[], idOf: { repository: TIdOf; component: TIdOf }) {
  await inChunks(entries, (chunk) => tx.repositoryComponent.deleteMany({ where: { repositoryId: { in: chunk.map((r) => idOf.repository(r.slug!)) } } }));
  await inChunks(
    entries.flatMap((r) => r.componentSlugs.map((c) => ({ repositoryId: idOf.repository(r.slug!), componentId: idOf.component(c) }))),
    (chunk) => tx.repositoryComponent.createMany({ data: chunk }),
  );
}
