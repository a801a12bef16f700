import { AppError, type TImportedCatalog } from "@topograph/domain";
import type { TDatabase } from "../client.ts";
import { createBoundedContext, relateBoundedContexts, updateBoundedContext } from "../catalog/bounded-context.ts";
import { createComponent, updateComponent } from "../catalog/component.ts";
import type { TTransaction } from "../catalog/integrity.ts";
import { createNamespace, updateNamespace } from "../catalog/namespace.ts";
import { createOrganisation, getOrganisation, isInitialised, updateOrganisation } from "../catalog/organisation.ts";
import { createRepository, updateRepository } from "../catalog/repository.ts";
import { createCluster, createEnvironment, updateCluster, updateEnvironment } from "../catalog/runtime.ts";
import { createSolutionArea, updateSolutionArea } from "../catalog/solution-area.ts";
import { createTeam, updateTeam } from "../catalog/team.ts";
import { withAuditVia } from "../audit/audit-context.ts";
import { declareTeamInteraction } from "../catalog/team-interaction.ts";

/**
 * An import writes many entries in one transaction; give it more than the 5 s default. A catalog of
 * 20,000 entities takes minutes (docs/benchmarks.md), longer than the 2 minutes this used to allow.
 */
const IMPORT_TIMEOUT_MS = 15 * 60_000;

export const IMPORTED_KINDS = ["environment", "cluster", "namespace", "team", "boundedContext", "solutionArea", "repository", "component", "contextRelationship", "teamInteraction"] as const;
export type TImportedKind = (typeof IMPORTED_KINDS)[number];

/** What an import did, by kind: slugs created, updated, and implied entries kept as they were. */
export interface TBackstageImportResult {
  organisationUpdated: boolean;
  created: Record<TImportedKind, string[]>;
  updated: Record<TImportedKind, string[]>;
  kept: Record<TImportedKind, string[]>;
}

type TRef = { id: string; version: number } | null;

const byKind = () => Object.fromEntries(IMPORTED_KINDS.map((kind) => [kind, [] as string[]])) as Record<TImportedKind, string[]>;

/** Names the entry a failed write was about, so a message from deep in the import says where it came from. */
async function about<T>(kind: string, slug: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof AppError) throw new AppError(error.code, `${kind} "${slug}": ${error.message}`, error.issues);
    throw error;
  }
}

/**
 * Writes a catalog read from Backstage files in one transaction: all of it or nothing. Entries
 * whose slug exists are updated (the fields the files describe replace the stored ones), others
 * created; implied entries (see TImportedCatalog) are only created when missing.
 */
export async function importBackstage(db: TDatabase, catalog: TImportedCatalog): Promise<TBackstageImportResult> {
  // Every entry the import writes is recorded as made through the import, under one correlation id.
  return withAuditVia("import", () => db.$transaction((tx) => writeCatalog(tx, catalog), { timeout: IMPORT_TIMEOUT_MS }));
}

async function writeCatalog(tx: TTransaction, catalog: TImportedCatalog): Promise<TBackstageImportResult> {
  const result: TBackstageImportResult = { organisationUpdated: false, created: byKind(), updated: byKind(), kept: byKind() };
  const implied = new Set([
    ...catalog.implied.environments.map((s) => `environment:${s}`),
    ...catalog.implied.clusters.map((s) => `cluster:${s}`),
    ...catalog.implied.namespaces.map((s) => `namespace:${s}`),
    ...catalog.implied.repositories.map((s) => `repository:${s}`),
  ]);

  /** Creates the entry, or updates the one holding its slug. */
  async function upsert<I extends { slug?: string | undefined }>(
    kind: TImportedKind,
    label: string,
    input: I,
    find: (slug: string) => Promise<TRef>,
    create: (input: I) => Promise<unknown>,
    update: (input: I & { id: string; version: number }) => Promise<unknown>,
  ) {
    const slug = input.slug!;
    await about(label, slug, async () => {
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
  for (const e of catalog.environments) await upsert("environment", "Environment", e, (slug) => tx.environment.findUnique({ where: { slug }, ...ref }), (i) => createEnvironment(tx, i), (i) => updateEnvironment(tx, i));
  for (const c of catalog.clusters) await upsert("cluster", "Cluster", c, (slug) => tx.cluster.findUnique({ where: { slug }, ...ref }), (i) => createCluster(tx, i), (i) => updateCluster(tx, i));
  for (const n of catalog.namespaces) await upsert("namespace", "Namespace", n, (slug) => tx.namespace.findUnique({ where: { slug }, ...ref }), (i) => createNamespace(tx, i), (i) => updateNamespace(tx, i));
  for (const t of catalog.teams) await upsert("team", "Team", t, (slug) => tx.team.findUnique({ where: { slug }, ...ref }), (i) => createTeam(tx, i), (i) => updateTeam(tx, i));
  for (const b of catalog.boundedContexts) {
    await upsert("boundedContext", "Bounded context", b, (slug) => tx.boundedContext.findUnique({ where: { slug }, ...ref }), (i) => createBoundedContext(tx, i), (i) => updateBoundedContext(tx, i));
  }
  for (const a of catalog.solutionAreas) await upsert("solutionArea", "Solution area", a, (slug) => tx.solutionArea.findUnique({ where: { slug }, ...ref }), (i) => createSolutionArea(tx, i), (i) => updateSolutionArea(tx, i));
  // Repositories and components name each other: write both first, then the links and dependencies.
  for (const { componentSlugs: _, ...r } of catalog.repositories) {
    await upsert("repository", "Repository", r, (slug) => tx.repository.findUnique({ where: { slug }, ...ref }), (i) => createRepository(tx, { ...i, componentSlugs: [] }), (i) => updateRepository(tx, i));
  }
  for (const { dependencies: _, ...c } of catalog.components) {
    await upsert("component", "Component", c, (slug) => tx.component.findUnique({ where: { slug }, ...ref }), (i) => createComponent(tx, { ...i, dependencies: [] }), (i) => updateComponent(tx, i));
  }
  for (const { slug, dependencies } of catalog.components) {
    await about("Component", slug!, async () => updateComponent(tx, { ...(await tx.component.findUniqueOrThrow({ where: { slug: slug! }, ...ref })), dependencies }));
  }
  for (const { slug, componentSlugs } of catalog.repositories.filter((r) => r.componentSlugs.length > 0)) {
    await about("Repository", slug!, async () => updateRepository(tx, { ...(await tx.repository.findUniqueOrThrow({ where: { slug: slug! }, ...ref })), componentSlugs }));
  }
  for (const relationship of catalog.contextRelationships) {
    const label = `${relationship.upstreamSlug} → ${relationship.downstreamSlug} (${relationship.pattern})`;
    const exists = await tx.contextRelationship.count({
      where: { upstream: { slug: relationship.upstreamSlug }, downstream: { slug: relationship.downstreamSlug }, pattern: relationship.pattern },
    });
    if (exists > 0) {
      result.kept.contextRelationship.push(label);
      continue;
    }
    await about("Context relationship", label, () => relateBoundedContexts(tx, relationship));
    result.created.contextRelationship.push(label);
  }
  for (const interaction of catalog.teamInteractions ?? []) {
    const label = `${interaction.teamSlug} → ${interaction.withTeamSlug} (${interaction.mode})`;
    const same = await tx.teamInteraction.count({ where: { team: { slug: interaction.teamSlug }, withTeam: { slug: interaction.withTeamSlug }, mode: interaction.mode, description: interaction.description } });
    if (same > 0) {
      result.kept.teamInteraction.push(label);
      continue;
    }
    await about("Team interaction", label, () => declareTeamInteraction(tx, interaction));
    result.created.teamInteraction.push(label);
  }
  return result;
}
