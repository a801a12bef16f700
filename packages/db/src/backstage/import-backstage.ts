import type { TImportedCatalog } from "@topograph/domain";
import type { TDatabase } from "../client.ts";
import { withAuditVia } from "../audit/audit-context.ts";
import {
  boundedContextAudit,
  clusterAudit,
  componentAudit,
  environmentAudit,
  namespaceAudit,
  repositoryAudit,
  solutionAreaAudit,
  teamAudit,
  type TCatalogAuditSubject,
} from "../audit/catalog-subjects.ts";
import { recordCreations } from "../audit/record-creations.ts";
import { createBoundedContext, updateBoundedContext } from "../catalog/bounded-context.ts";
import {
  areaOfContext,
  insertBoundedContexts,
  insertClusters,
  insertComponents,
  insertDependencies,
  insertEnvironments,
  insertNamespaces,
  insertRepositories,
  insertSolutionAreas,
  insertTeams,
  replaceRepositoryComponents,
  type TIdsBySlug,
} from "../bulk/catalog-inserts.ts";
import { createComponent, updateComponent } from "../catalog/component.ts";
import type { TTransaction } from "../catalog/integrity.ts";
import { createNamespace, updateNamespace } from "../catalog/namespace.ts";
import { createOrganisation, getOrganisation, isInitialised, updateOrganisation } from "../catalog/organisation.ts";
import { createRepository, updateRepository } from "../catalog/repository.ts";
import { createCluster, createEnvironment, updateCluster, updateEnvironment } from "../catalog/runtime.ts";
import { createSolutionArea, updateSolutionArea } from "../catalog/solution-area.ts";
import { createTeam, updateTeam } from "../catalog/team.ts";
import { about } from "./entry-errors.ts";
import { writeContextRelationships, writeTeamInteractions } from "./import-relations.ts";
import { SlugDirectory, type TDirectoryKind } from "./slug-directory.ts";
import { StoredCatalog, type TStoredKind } from "./stored-catalog.ts";

/**
 * An import writes many entries in one transaction. New entries go in bulk (20,000 in about 5 s,
 * docs/benchmarks.md), but changed ones are written one at a time, about 10 ms each: a sync that
 * changes most of a large catalog needs minutes, more than every client's 60 s.
 */
const IMPORT_TIMEOUT_MS = 15 * 60_000;

export const IMPORTED_KINDS = ["environment", "cluster", "namespace", "team", "boundedContext", "solutionArea", "repository", "component", "contextRelationship", "teamInteraction"] as const;
export type TImportedKind = (typeof IMPORTED_KINDS)[number];

/** What an import did, by kind: slugs created, updated, found as the files describe them, and implied entries kept as they were. */
export interface TBackstageImportResult {
  organisationUpdated: boolean;
  created: Record<TImportedKind, string[]>;
  updated: Record<TImportedKind, string[]>;
  unchanged: Record<TImportedKind, string[]>;
  kept: Record<TImportedKind, string[]>;
}

type TRef = { id: string; version: number } | null;

const byKind = () => Object.fromEntries(IMPORTED_KINDS.map((kind) => [kind, [] as string[]])) as Record<TImportedKind, string[]>;

/** Splits entries in two by a test, keeping their order. */
function partition<T>(entries: readonly T[], test: (entry: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const entry of entries) (test(entry) ? yes : no).push(entry);
  return [yes, no];
}

/**
 * Writes a catalog read from Backstage files in one transaction: all of it or nothing. Entries
 * whose slug exists are updated (the fields the files describe replace the stored ones) unless
 * they already read so, others created; implied entries (see TImportedCatalog) are only created
 * when missing.
 */
export async function importBackstage(db: TDatabase, catalog: TImportedCatalog): Promise<TBackstageImportResult> {
  // Every entry the import writes is recorded as made through the import, under one correlation id.
  return withAuditVia("import", () => db.$transaction((tx) => writeCatalog(tx, catalog), { timeout: IMPORT_TIMEOUT_MS }));
}

async function writeCatalog(tx: TTransaction, catalog: TImportedCatalog): Promise<TBackstageImportResult> {
  const result: TBackstageImportResult = { organisationUpdated: false, created: byKind(), updated: byKind(), unchanged: byKind(), kept: byKind() };
  const implied = new Set([
    ...catalog.implied.environments.map((s) => `environment:${s}`),
    ...catalog.implied.clusters.map((s) => `cluster:${s}`),
    ...catalog.implied.namespaces.map((s) => `namespace:${s}`),
    ...catalog.implied.repositories.map((s) => `repository:${s}`),
  ]);

  /** Creates the entry, or updates the one holding its slug unless it already reads as the input says. */
  async function upsert<I extends { slug?: string | undefined }>(
    kind: TStoredKind,
    label: string,
    input: I,
    find: (slug: string) => Promise<TRef>,
    create: (input: I) => Promise<unknown>,
    update: (input: I & { id: string; version: number }) => Promise<unknown>,
  ) {
    const slug = input.slug!;
    await about(label, slug, async () => {
      if (!implied.has(`${kind}:${slug}`) && stored.holds(kind, input)) {
        result.unchanged[kind].push(slug);
        return;
      }
      const existing = await find(slug);
      if (!existing) {
        await create(input);
        result.created[kind].push(slug);
      } else if (implied.has(`${kind}:${slug}`)) {
        result.kept[kind].push(slug);
      } else {
        await update({ ...input, ...existing });
        result.updated[kind].push(slug);
      }
    });
  }
  const ref = { select: { id: true, version: true } } as const;

  if (!(await isInitialised(tx))) {
    // A migrated but never started database: the import initialises it, as the first start would.
    await createOrganisation(tx, { name: "My organisation", defaultOwnershipMode: "collective", repositoryStrategy: "polyrepo", ...catalog.organisation });
    result.organisationUpdated = catalog.organisation !== null;
  } else if (catalog.organisation) {
    const { version } = await getOrganisation(tx);
    await updateOrganisation(tx, { version, ...catalog.organisation });
    result.organisationUpdated = true;
  }

  const directory = await SlugDirectory.read(tx);
  const stored = await StoredCatalog.read(tx);
  const createdInBulk: { subject: TCatalogAuditSubject; ids: string[] }[] = [];
  const insertedInBulk = (subject: TCatalogAuditSubject, ids: string[]) => createdInBulk.push({ subject, ids });
  const inserted = (kind: TDirectoryKind, ids: TIdsBySlug) => {
    directory.add(kind, ids);
    return [...ids.values()];
  };
  /**
   * Inserts the plainly new entries of a kind in bulk. The others (slugs that exist, repeats,
   * entries whose references do not all resolve) go one at a time through `one`, which updates
   * them or reports exactly what is wrong, as a single write would.
   */
  async function write<I extends { slug?: string | undefined }>(
    kind: TImportedKind,
    entries: readonly I[],
    plan: { isNew: (entry: I) => boolean; insert: (entries: I[]) => Promise<string[]>; subject: TCatalogAuditSubject; one: (entry: I) => Promise<void> },
  ): Promise<Set<string>> {
    const seen = new Set<string>();
    const fresh: I[] = [];
    const rest: I[] = [];
    for (const entry of entries) {
      (!seen.has(entry.slug!) && plan.isNew(entry) ? fresh : rest).push(entry);
      seen.add(entry.slug!);
    }
    if (fresh.length > 0) {
      insertedInBulk(plan.subject, await plan.insert(fresh));
      result.created[kind].push(...fresh.map((entry) => entry.slug!));
    }
    for (const entry of rest) await plan.one(entry);
    return new Set(fresh.map((entry) => entry.slug!));
  }
  const isNew = (kind: TDirectoryKind) => (entry: { slug?: string | undefined }) => !directory.has(kind, entry.slug!);
  const teams = directory.idOf("team");

  await write("environment", catalog.environments, {
    isNew: isNew("environment"),
    insert: async (fresh) => inserted("environment", await insertEnvironments(tx, fresh)),
    subject: environmentAudit,
    one: (e) => upsert("environment", "Environment", e, (slug) => tx.environment.findUnique({ where: { slug }, ...ref }), (i) => createEnvironment(tx, i), (i) => updateEnvironment(tx, i)),
  });
  await write("cluster", catalog.clusters, {
    isNew: isNew("cluster"),
    insert: async (fresh) => inserted("cluster", await insertClusters(tx, fresh)),
    subject: clusterAudit,
    one: (c) => upsert("cluster", "Cluster", c, (slug) => tx.cluster.findUnique({ where: { slug }, ...ref }), (i) => createCluster(tx, i), (i) => updateCluster(tx, i)),
  });
  await write("namespace", catalog.namespaces, {
    // Taking the name at once, so a second namespace of the same name in the files goes one at a time (and is refused).
    isNew: (n) =>
      isNew("namespace")(n) && directory.has("cluster", n.clusterSlug) && directory.has("environment", n.environmentSlug) && directory.takeNamespaceName(n.clusterSlug, n.name),
    insert: async (fresh) => inserted("namespace", await insertNamespaces(tx, fresh, { cluster: directory.idOf("cluster"), environment: directory.idOf("environment") })),
    subject: namespaceAudit,
    one: (n) => upsert("namespace", "Namespace", n, (slug) => tx.namespace.findUnique({ where: { slug }, ...ref }), (i) => createNamespace(tx, i), (i) => updateNamespace(tx, i)),
  });
  await write("team", catalog.teams, {
    isNew: isNew("team"),
    insert: async (fresh) => inserted("team", await insertTeams(tx, fresh)),
    subject: teamAudit,
    one: (t) => upsert("team", "Team", t, (slug) => tx.team.findUnique({ where: { slug }, ...ref }), (i) => createTeam(tx, i), (i) => updateTeam(tx, i)),
  });
  await write("boundedContext", catalog.boundedContexts, {
    // A bounded context's slug is its solution area's too, so it must be free among both.
    isNew: (b) => isNew("boundedContext")(b) && isNew("solutionArea")(b) && directory.hasAll("team", b.teamSlugs),
    insert: async (fresh) => {
      directory.add("solutionArea", await insertSolutionAreas(tx, fresh.map(areaOfContext), teams));
      return inserted("boundedContext", await insertBoundedContexts(tx, fresh, directory.idOf("solutionArea")));
    },
    subject: boundedContextAudit,
    one: (b) => upsert("boundedContext", "Bounded context", b, (slug) => tx.boundedContext.findUnique({ where: { slug }, ...ref }), (i) => createBoundedContext(tx, i), (i) => updateBoundedContext(tx, i)),
  });
  await write("solutionArea", catalog.solutionAreas, {
    isNew: (a) => isNew("solutionArea")(a) && directory.hasAll("team", a.teamSlugs),
    insert: async (fresh) => inserted("solutionArea", await insertSolutionAreas(tx, fresh.map((a) => ({ ...a, slug: a.slug! })), teams)),
    subject: solutionAreaAudit,
    one: (a) => upsert("solutionArea", "Solution area", a, (slug) => tx.solutionArea.findUnique({ where: { slug }, ...ref }), (i) => createSolutionArea(tx, i), (i) => updateSolutionArea(tx, i)),
  });
  // Repositories and components name each other: write both first, then the links and dependencies.
  const newRepositories = await write("repository", catalog.repositories, {
    isNew: isNew("repository"),
    insert: async (fresh) => inserted("repository", await insertRepositories(tx, fresh)),
    subject: repositoryAudit,
    one: ({ componentSlugs: _, ...r }) =>
      upsert("repository", "Repository", r, (slug) => tx.repository.findUnique({ where: { slug }, ...ref }), (i) => createRepository(tx, { ...i, componentSlugs: [] }), (i) => updateRepository(tx, i)),
  });
  const newComponents = await write("component", catalog.components, {
    isNew: (c) =>
      isNew("component")(c) &&
      (c.solutionAreaSlug === null || directory.has("solutionArea", c.solutionAreaSlug)) &&
      directory.hasAll("team", c.ownerTeamSlugs) &&
      directory.hasAll("repository", c.repositorySlugs) &&
      directory.hasAll("namespace", c.namespaceSlugs),
    insert: async (fresh) =>
      inserted(
        "component",
        await insertComponents(tx, fresh, { area: directory.idOf("solutionArea"), team: teams, repository: directory.idOf("repository"), namespace: directory.idOf("namespace") }),
      ),
    subject: componentAudit,
    one: ({ dependencies: _, ...c }) =>
      upsert("component", "Component", c, (slug) => tx.component.findUnique({ where: { slug }, ...ref }), (i) => createComponent(tx, { ...i, dependencies: [] }), (i) => updateComponent(tx, i)),
  });

  // Components whose own fields and links the import left alone (their dependencies come next).
  const unchangedComponents = new Set(result.unchanged.component);
  /** An entry found unchanged whose dependencies or links the files then change is updated after all. */
  const updatedAfterAll = (kind: TStoredKind, slug: string) => {
    const at = result.unchanged[kind].indexOf(slug);
    if (at < 0) return;
    result.unchanged[kind].splice(at, 1);
    result.updated[kind].push(slug);
  };
  const [dependenciesInBulk, dependenciesOneByOne] = partition(
    catalog.components,
    (c) => newComponents.has(c.slug!) && directory.hasAll("component", c.dependencies.map((d) => d.componentSlug)) && !c.dependencies.some((d) => d.componentSlug === c.slug),
  );
  await insertDependencies(tx, dependenciesInBulk, directory.idOf("component"));
  for (const { slug, dependencies } of dependenciesOneByOne.filter((c) => !stored.holds("component", { slug: c.slug, dependencies: c.dependencies }))) {
    await about("Component", slug!, async () => updateComponent(tx, { ...(await tx.component.findUniqueOrThrow({ where: { slug: slug! }, ...ref })), dependencies }));
    updatedAfterAll("component", slug!);
  }
  const [linksInBulk, linksOneByOne] = partition(
    catalog.repositories.filter((r) => r.componentSlugs.length > 0),
    (r) => newRepositories.has(r.slug!) && directory.hasAll("component", r.componentSlugs),
  );
  await replaceRepositoryComponents(tx, linksInBulk, { repository: directory.idOf("repository"), component: directory.idOf("component") });
  // Links a component written now may have changed are compared with the database, not with what it held before.
  const relinked = new Set(catalog.components.filter((c) => !unchangedComponents.has(c.slug!)).flatMap((c) => [...c.repositorySlugs, ...stored.repositoriesOf(c.slug!)]));
  for (const { slug, componentSlugs } of linksOneByOne.filter((r) => relinked.has(r.slug!) || !stored.repositoryHolds(r.slug!, r.componentSlugs))) {
    await about("Repository", slug!, async () => updateRepository(tx, { ...(await tx.repository.findUniqueOrThrow({ where: { slug: slug! }, ...ref })), componentSlugs }));
    updatedAfterAll("repository", slug!);
  }

  await writeContextRelationships(tx, catalog.contextRelationships, directory, { created: result.created.contextRelationship, kept: result.kept.contextRelationship, insertedInBulk });
  await writeTeamInteractions(tx, catalog.teamInteractions ?? [], directory, { created: result.created.teamInteraction, kept: result.kept.teamInteraction, insertedInBulk });
  for (const { subject, ids } of createdInBulk) await recordCreations(tx, subject, ids);
  return result;
}
