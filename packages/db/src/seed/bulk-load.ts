import { randomUUID } from "node:crypto";
import type { TAuditChange, TCatalogData, TScoredKind } from "@topograph/domain";
import { withSummarisedAudit } from "../audit/audit-context.ts";
import { recordAuditChanges } from "../audit/record-change.ts";
import type { TDatabase } from "../client.ts";
import {
  areaOfContext,
  inChunks,
  insertBoundedContexts,
  insertClusters,
  insertComponents,
  insertContextRelationships,
  insertDependencies,
  insertEnvironments,
  insertNamespaces,
  insertRepositories,
  insertSolutionAreas,
  insertTeamInteractions,
  insertTeams,
  type TIdOf,
  type TIdsBySlug,
} from "../bulk/catalog-inserts.ts";
import type { TTransaction } from "../catalog/integrity.ts";
import { createOrganisation } from "../catalog/organisation.ts";
import { subjectKey, subjectRowColumns } from "../scorecards/subjects.ts";
import { insertRows } from "../bulk/insert-rows.ts";

const LOAD_TIMEOUT_MS = 15 * 60_000;

function lookup(ids: TIdsBySlug, kind: string): TIdOf {
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
      const environment = lookup(await insertEnvironments(tx, data.environments), "environment");
      const cluster = lookup(await insertClusters(tx, data.clusters), "cluster");
      const namespace = lookup(await insertNamespaces(tx, data.namespaces, { cluster, environment }), "namespace");
      const team = lookup(await insertTeams(tx, data.teams), "team");
      await insertTeamInteractions(tx, data.teamInteractions ?? [], team);
      const area = lookup(await insertSolutionAreas(tx, [...data.boundedContexts.map(areaOfContext), ...data.solutionAreas.map((a) => ({ ...a, slug: a.slug! }))], team), "solution area");
      const context = lookup(await insertBoundedContexts(tx, data.boundedContexts, area), "bounded context");
      await insertContextRelationships(tx, data.contextRelationships, context);
      const repository = lookup(await insertRepositories(tx, data.repositories), "repository");
      const component = lookup(await insertComponents(tx, data.components, { area, team, repository, namespace }), "component");
      await insertDependencies(tx, data.components, component);
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
