import { installBuiltInScorecards } from "../scorecards/definitions.ts";
import type { TDatabase } from "../client.ts";
import { createBoundedContext, relateBoundedContexts } from "../catalog/bounded-context.ts";
import { createComponent, updateComponent } from "../catalog/component.ts";
import { inTransaction } from "../catalog/integrity.ts";
import { withAuditScope } from "../audit/audit-context.ts";
import { createNamespace } from "../catalog/namespace.ts";
import { createOrganisation, isInitialised } from "../catalog/organisation.ts";
import { createRepository } from "../catalog/repository.ts";
import { createCluster, createEnvironment } from "../catalog/runtime.ts";
import { createSolutionArea } from "../catalog/solution-area.ts";
import { createTeam } from "../catalog/team.ts";
import { declareTeamInteraction } from "../catalog/team-interaction.ts";
import { setChecklistAnswer } from "../practices/checklist.ts";
import { recordDecision } from "../practices/decision.ts";
import { DEMO_ORGANISATION, type TCatalogData } from "@topograph/domain";

/** Loading runs many small writes in one transaction; give it more than the 5 s default. */
const LOAD_TIMEOUT_MS = 120_000;

/**
 * Writes a whole catalog through the same functions the API uses, in one transaction: it lands
 * completely or not at all. Order follows the references (teams before the components they own).
 */
export async function loadCatalog(db: TDatabase, data: TCatalogData): Promise<void> {
  await withAuditScope(() => db.$transaction(
    async (tx) => {
      await createOrganisation(tx, data.organisation);
      for (const environment of data.environments) await createEnvironment(tx, environment);
      for (const cluster of data.clusters) await createCluster(tx, cluster);
      for (const namespace of data.namespaces) await createNamespace(tx, namespace);
      for (const team of data.teams) await createTeam(tx, team);
      for (const interaction of data.teamInteractions ?? []) await declareTeamInteraction(tx, interaction);
      for (const context of data.boundedContexts) await createBoundedContext(tx, context);
      for (const relationship of data.contextRelationships) await relateBoundedContexts(tx, relationship);
      for (const area of data.solutionAreas) await createSolutionArea(tx, area);
      for (const repository of data.repositories) await createRepository(tx, repository);
      // Components may depend on components listed after them: create all, then wire dependencies.
      for (const { dependencies: _, ...component } of data.components) await createComponent(tx, { ...component, dependencies: [] });
      for (const { slug, dependencies } of data.components.filter((c) => c.dependencies.length > 0)) {
        const { id, version } = await tx.component.findUniqueOrThrow({ where: { slug: slug! }, select: { id: true, version: true } });
        await updateComponent(tx, { id, version, dependencies });
      }
      for (const answer of data.checklistAnswers ?? []) await setChecklistAnswer(tx, { note: "", evidenceLinks: [], ...answer });
      for (const decision of data.decisions ?? []) await recordDecision(tx, decision);
    },
    { timeout: LOAD_TIMEOUT_MS },
  ));
}

export type TInitialisation = "already-initialised" | "demo-loaded" | "empty";

/**
 * Prepares the catalog on first start. The demo organisation loads only into a database that was
 * never initialised and holds no catalog data, so it never lands over a user's data, and only once:
 * once the organisation row exists, later starts leave everything alone even if the catalog is emptied.
 */
export async function initialiseCatalog(db: TDatabase, options: { loadDemo: boolean }): Promise<TInitialisation> {
  const result = await initialiseOnce(db, options);
  // Also on databases initialised before scorecards existed; each built-in is installed once.
  await installBuiltInScorecards(db);
  return result;
}

async function initialiseOnce(db: TDatabase, options: { loadDemo: boolean }): Promise<TInitialisation> {
  if (await isInitialised(db)) return "already-initialised";
  const hasData = (await db.team.count()) + (await db.component.count()) + (await db.namespace.count()) > 0;
  if (options.loadDemo && !hasData) {
    await loadCatalog(db, DEMO_ORGANISATION);
    return "demo-loaded";
  }
  await inTransaction(db, (tx) => createOrganisation(tx, { name: "My organisation", defaultOwnershipMode: "collective", repositoryStrategy: "polyrepo" }));
  return "empty";
}
