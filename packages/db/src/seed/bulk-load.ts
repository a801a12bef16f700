import { randomUUID } from "node:crypto";
import type { TAuditChange, TCatalogData, TScoredKind } from "@topograph/domain";
import { withSummarisedAudit } from "../audit/audit-context.ts";
import { recordAuditChanges } from "../audit/record-change.ts";
import type { TDatabase } from "../client.ts";
import type { TTransaction } from "../catalog/integrity.ts";
import { createOrganisation } from "../catalog/organisation.ts";
import { subjectKey, subjectRowColumns } from "../scorecards/subjects.ts";
import { insertRows } from "./insert-rows.ts";

const CHUNK = 500;
const LOAD_TIMEOUT_MS = 15 * 60_000;

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

async function idsBySlug(find: () => Promise<{ id: string; slug: string }[]>) {
  return new Map((await find()).map((row) => [row.slug, row.id]));
}

function lookup(ids: Map<string, string>, kind: string) {
  return (slug: string) => {
    const id = ids.get(slug);
    if (!id) throw new Error(`Bulk load: no ${kind} "${slug}".`);
    return id;
  };
}

/**
 * Loads a large, already-valid catalog (a generated enterprise) with multi-row inserts in one
 * transaction. Unlike `loadCatalog` it skips per-entry checks, so use it only for generated data.
 */
export async function bulkLoadCatalog(db: TDatabase, data: TCatalogData): Promise<void> {
  // One summarising audit entry instead of one per row: a 20k-component load stays a bulk insert.
  await withSummarisedAudit(() => db.$transaction(
    async (tx: TTransaction) => {
      await recordAuditChanges(tx, [bulkLoadEntry(data)]);
      await createOrganisation(tx, data.organisation);
      await tx.environment.createMany({ data: data.environments.map((e) => ({ slug: e.slug!, name: e.name, rank: e.rank, description: e.description })) });
      await tx.cluster.createMany({ data: data.clusters.map((c) => ({ slug: c.slug!, name: c.name, provider: c.provider, region: c.region, description: c.description })) });
      const environment = lookup(await idsBySlug(() => tx.environment.findMany({ select: { id: true, slug: true } })), "environment");
      const cluster = lookup(await idsBySlug(() => tx.cluster.findMany({ select: { id: true, slug: true } })), "cluster");
      await inChunks(data.namespaces, (chunk) =>
        tx.namespace.createMany({
          data: chunk.map((n) => ({ slug: n.slug!, name: n.name, clusterId: cluster(n.clusterSlug), environmentId: environment(n.environmentSlug), meshMembership: n.meshMembership, deployMethod: n.deployMethod, description: n.description })),
        }),
      );
      await inChunks(data.teams, (chunk) =>
        tx.team.createMany({ data: chunk.map((t) => ({ slug: t.slug!, name: t.name, type: t.type, description: t.description, contactChannel: t.contactChannel })) }),
      );
      const team = lookup(await idsBySlug(() => tx.team.findMany({ select: { id: true, slug: true } })), "team");
      await inChunks(
        data.teams.flatMap((t) => t.members.map((m) => ({ ...m, teamId: team(t.slug!) }))),
        (chunk) => tx.teamMember.createMany({ data: chunk }),
      );
      await inChunks(
        (data.teamInteractions ?? []).map((i) => ({ teamId: team(i.teamSlug), withTeamId: team(i.withTeamSlug), mode: i.mode, description: i.description })),
        (chunk) => tx.teamInteraction.createMany({ data: chunk }),
      );

      const areas = [
        ...data.boundedContexts.map((c) => ({ slug: c.slug!, name: c.name, kind: "bounded-context", description: c.purpose, teamSlugs: c.teamSlugs })),
        ...data.solutionAreas.map((a) => ({ slug: a.slug!, name: a.name, kind: a.kind, description: a.description, teamSlugs: a.teamSlugs })),
      ];
      await inChunks(areas, (chunk) => tx.solutionArea.createMany({ data: chunk.map(({ teamSlugs: _, ...area }) => area) }));
      const area = lookup(await idsBySlug(() => tx.solutionArea.findMany({ select: { id: true, slug: true } })), "solution area");
      await inChunks(
        areas.flatMap((a) => a.teamSlugs.map((t) => ({ solutionAreaId: area(a.slug), teamId: team(t) }))),
        (chunk) => tx.solutionAreaTeam.createMany({ data: chunk }),
      );
      await inChunks(data.boundedContexts, (chunk) =>
        tx.boundedContext.createMany({
          data: chunk.map((c) => ({ slug: c.slug!, name: c.name, purpose: c.purpose, subdomainType: c.subdomainType, complexity: c.complexity, solutionAreaId: area(c.slug!) })),
        }),
      );
      const context = lookup(await idsBySlug(() => tx.boundedContext.findMany({ select: { id: true, slug: true } })), "bounded context");
      await inChunks(data.contextRelationships, (chunk) =>
        tx.contextRelationship.createMany({
          data: chunk.map((r) => ({ upstreamId: context(r.upstreamSlug), downstreamId: context(r.downstreamSlug), pattern: r.pattern, description: r.description })),
        }),
      );

      await inChunks(data.repositories, (chunk) =>
        tx.repository.createMany({
          data: chunk.map((r) => ({ slug: r.slug!, name: r.name, url: r.url, kind: r.kind, defaultBranch: r.defaultBranch, branchModel: r.branchModel, description: r.description })),
        }),
      );
      await inChunks(data.components, (chunk) =>
        tx.component.createMany({
          data: chunk.map((c) => ({
            slug: c.slug!,
            name: c.name,
            description: c.description,
            kind: c.kind,
            lifecycle: c.lifecycle,
            labels: JSON.stringify(c.labels),
            ownershipMode: c.ownershipMode,
            solutionAreaId: c.solutionAreaSlug ? area(c.solutionAreaSlug) : null,
          })),
        }),
      );
      const component = lookup(await idsBySlug(() => tx.component.findMany({ select: { id: true, slug: true } })), "component");
      const repository = lookup(await idsBySlug(() => tx.repository.findMany({ select: { id: true, slug: true } })), "repository");
      const namespace = lookup(await idsBySlug(() => tx.namespace.findMany({ select: { id: true, slug: true } })), "namespace");
      await inChunks(
        data.components.flatMap((c) => c.ownerTeamSlugs.map((t) => ({ componentId: component(c.slug!), teamId: team(t) }))),
        (chunk) => tx.componentOwner.createMany({ data: chunk }),
      );
      await inChunks(
        data.components.flatMap((c) => c.repositorySlugs.map((r) => ({ componentId: component(c.slug!), repositoryId: repository(r) }))),
        (chunk) => tx.repositoryComponent.createMany({ data: chunk }),
      );
      await inChunks(
        data.components.flatMap((c) => c.namespaceSlugs.map((n) => ({ componentId: component(c.slug!), namespaceId: namespace(n) }))),
        (chunk) => tx.deployment.createMany({ data: chunk }),
      );
      await inChunks(
        data.components.flatMap((c) => c.dependencies.map((d) => ({ dependentId: component(c.slug!), dependencyId: component(d.componentSlug), style: d.style }))),
        (chunk) => tx.componentDependency.createMany({ data: chunk }),
      );
      const loadedAt = new Date();
      await inChunks(
        (data.checklistAnswers ?? []).flatMap((a) =>
          a.scope.kind === "component"
            ? [{ scopeKey: `component:${component(a.scope.slug)}`, componentId: component(a.scope.slug), itemId: a.itemId, status: a.status, note: a.note ?? "", answeredBy: a.answeredBy, answeredAt: loadedAt }]
            : [],
        ),
        (chunk) => tx.checklistAnswer.createMany({ data: chunk }),
      );
      const subjectId: Record<TScoredKind, (slug: string) => string> = { component, namespace, team, "bounded-context": context };
      await insertRows(
        tx,
        "EvidenceFact",
        (data.evidenceFacts ?? []).map((fact) => {
          const id = subjectId[fact.subject.kind](fact.subject.slug);
          return {
            id: randomUUID(),
            subjectKey: subjectKey(fact.subject.kind, id),
            ...subjectRowColumns(fact.subject.kind, id),
            key: fact.key,
            value: JSON.stringify(fact.value),
            message: fact.message,
            source: fact.location?.source ?? "",
            file: fact.location?.file ?? null,
            line: fact.location?.line ?? null,
            observedAt: new Date(fact.observedAt),
            createdAt: loadedAt,
            updatedAt: loadedAt,
          };
        }),
      );
    },
    { timeout: LOAD_TIMEOUT_MS, maxWait: LOAD_TIMEOUT_MS },
  ));
}

/** The one entry a bulk load writes: how many of each kind it created. */
function bulkLoadEntry(data: TCatalogData): TAuditChange {
  const after = {
    organisation: data.organisation.name,
    teams: data.teams.length,
    solutionAreas: data.solutionAreas.length,
    boundedContexts: data.boundedContexts.length,
    components: data.components.length,
    repositories: data.repositories.length,
    namespaces: data.namespaces.length,
    clusters: data.clusters.length,
    environments: data.environments.length,
  };
  return { action: "create", entityKind: "catalog", entityKey: "bulk-load", entityName: `Bulk load of ${data.organisation.name}`, before: null, after };
}
