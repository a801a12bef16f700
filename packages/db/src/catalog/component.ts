import {
  AppError,
  effectiveOwnershipMode,
  slugify,
  type TComponentCreate,
  type TComponentListInput,
  type TComponentUpdate,
  type TEffectiveOwnership,
  type TEntityRef,
  type TOwnershipMode,
} from "@topograph/domain";
import { expectNothingBlocksDelete, expectOneUpdated, expectSlugFree, expectVersion, inTransaction, plural, type TTransaction, type TDb } from "./integrity.ts";
import { getOrganisation } from "./organisation.ts";
import { byName, pageOf, RELATED_LIMIT, textFilter } from "./pagination.ts";
import { componentRowRelations } from "./component-row-relations.ts";
import { countLinks } from "./relation-counts.ts";
import { ownersSelect, resolveComponents, resolveNamespaces, resolveRepositories, resolveSolutionAreas, resolveTeams, teamsOf } from "./references.ts";
import { audited } from "../audit/audited-write.ts";
import { componentAudit } from "../audit/catalog-subjects.ts";

/** A component's own columns as lists show them; owners and area come with componentRowRelations. */
const componentRowSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  lifecycle: true,
  labels: true,
  ownershipMode: true,
} as const;

const componentListSelect = {
  ...componentRowSelect,
  solutionArea: { select: { slug: true, name: true, kind: true } },
  owners: ownersSelect,
} as const;

/** The link rows a component list or page counts per component (see countLinks). */
const componentLinks = {
  repositories: { table: "RepositoryComponent", column: "componentId" },
  deployments: { table: "Deployment", column: "componentId" },
  dependencies: { table: "ComponentDependency", column: "dependentId" },
  dependents: { table: "ComponentDependency", column: "dependencyId" },
};

const relatedComponent = { select: { slug: true, name: true, kind: true, owners: ownersSelect } } as const;

/** Labels are stored as a JSON object; rows written by this code always hold one. */
export function parseLabels(stored: string): Record<string, string> {
  return JSON.parse(stored) as Record<string, string>;
}

/** Adds the mode that governs the component, so no caller has to know about the default. */
function withOwnership<T extends { ownershipMode: string | null; labels: string; owners: { team: { slug: string; name: string } }[] }>(
  component: T,
  organisationDefault: TOwnershipMode,
): Omit<T, "owners" | "labels"> & { labels: Record<string, string>; owners: { slug: string; name: string }[]; effectiveOwnership: TEffectiveOwnership } {
  return {
    ...component,
    labels: parseLabels(component.labels),
    owners: teamsOf(component.owners),
    effectiveOwnership: effectiveOwnershipMode(component.ownershipMode as TOwnershipMode | null, organisationDefault),
  };
}

/**
 * The components a team owns, by id. Filtering a list by these ids is an index lookup; Prisma's
 * `owners: { some: { team: … } }` probes every component (a correlated EXISTS per row), 17 ms of
 * a page at 12,000 components.
 */
async function componentIdsOwnedBy(db: TDb, teamSlug: string): Promise<string[]> {
  const links = await db.componentOwner.findMany({ where: { team: { slug: teamSlug } }, select: { componentId: true } });
  return links.map((link) => link.componentId);
}

export async function listComponents(db: TDb, input: TComponentListInput) {
  const { defaultOwnershipMode } = await getOrganisation(db);
  const ownership =
    input.ownershipMode === undefined
      ? {}
      : input.ownershipMode === defaultOwnershipMode
        ? { OR: [{ ownershipMode: input.ownershipMode }, { ownershipMode: null }] }
        : { ownershipMode: input.ownershipMode };
  const where = {
    AND: [
      textFilter(db, input.q),
      ownership,
      input.kind ? { kind: input.kind } : {},
      input.lifecycle ? { lifecycle: input.lifecycle } : {},
      input.teamSlug ? { id: { in: await componentIdsOwnedBy(db, input.teamSlug) } } : {},
      input.solutionAreaSlug ? { solutionArea: { slug: input.solutionAreaSlug } } : {},
      input.environmentSlug ? { deployments: { some: { namespace: { environment: { slug: input.environmentSlug } } } } } : {},
    ],
  };
  const page = await pageOf(
    input,
    () => db.component.count({ where }),
    (args) => db.component.findMany({ where, select: componentRowSelect, orderBy: byName, ...args }),
  );
  const ids = page.items.map((component) => component.id);
  const [relationsOf, countsOf] = await Promise.all([componentRowRelations(db, ids), countLinks(db, ids, componentLinks)]);
  return {
    ...page,
    items: page.items.map((component) => withOwnership({ ...component, ...relationsOf(component.id), _count: countsOf(component.id) }, defaultOwnershipMode)),
  };
}

export async function getComponent(db: TDb, slug: string) {
  const [organisation, component] = await Promise.all([
    getOrganisation(db),
    db.component.findUnique({
      where: { slug },
      select: {
        ...componentListSelect,
        description: true,
        version: true,
        createdAt: true,
        updatedAt: true,
        repositories: { select: { repository: { select: { slug: true, name: true, kind: true, url: true } } }, orderBy: { repository: { name: "asc" } }, take: RELATED_LIMIT },
        deployments: {
          select: {
            namespace: {
              select: {
                slug: true,
                name: true,
                meshMembership: true,
                deployMethod: true,
                cluster: { select: { slug: true, name: true } },
                environment: { select: { slug: true, name: true, rank: true } },
              },
            },
          },
          orderBy: { namespace: { name: "asc" } },
          take: RELATED_LIMIT,
        },
        dependencies: { select: { style: true, dependency: relatedComponent }, orderBy: { dependency: { name: "asc" } }, take: RELATED_LIMIT },
        dependents: { select: { style: true, dependent: relatedComponent }, orderBy: { dependent: { name: "asc" } }, take: RELATED_LIMIT },
      },
    }),
  ]);
  if (!component) throw AppError.notFound("component", slug);
  const countsOf = await countLinks(db, [component.id], componentLinks);
  return {
    ...withOwnership({ ...component, _count: countsOf(component.id) }, organisation.defaultOwnershipMode),
    repositories: component.repositories.map((link) => link.repository),
    namespaces: component.deployments.map((link) => link.namespace),
    dependencies: component.dependencies.map((d) => ({ style: d.style, ...d.dependency, owners: teamsOf(d.dependency.owners) })),
    dependents: component.dependents.map((d) => ({ style: d.style, ...d.dependent, owners: teamsOf(d.dependent.owners) })),
  };
}

type TRelationInput = Pick<TComponentUpdate, "ownerTeamSlugs" | "repositorySlugs" | "namespaceSlugs" | "dependencies">;

/** Replaces each relation list the input carries; lists it leaves out stay as they are. */
async function writeRelations(tx: TTransaction, componentId: string, slug: string, input: TRelationInput) {
  if (input.ownerTeamSlugs) {
    const teamIds = await resolveTeams(tx, "ownerTeamSlugs", input.ownerTeamSlugs);
    await tx.componentOwner.deleteMany({ where: { componentId } });
    await tx.componentOwner.createMany({ data: teamIds.map((teamId) => ({ componentId, teamId })) });
  }
  if (input.repositorySlugs) {
    const repositoryIds = await resolveRepositories(tx, "repositorySlugs", input.repositorySlugs);
    await tx.repositoryComponent.deleteMany({ where: { componentId } });
    await tx.repositoryComponent.createMany({ data: repositoryIds.map((repositoryId) => ({ componentId, repositoryId })) });
  }
  if (input.namespaceSlugs) {
    const namespaceIds = await resolveNamespaces(tx, "namespaceSlugs", input.namespaceSlugs);
    await tx.deployment.deleteMany({ where: { componentId } });
    await tx.deployment.createMany({ data: namespaceIds.map((namespaceId) => ({ componentId, namespaceId })) });
  }
  if (input.dependencies) {
    const selfIndex = input.dependencies.findIndex((d) => d.componentSlug === slug);
    if (selfIndex >= 0) throw AppError.invalid(`dependencies.${selfIndex}.componentSlug`, "A component cannot depend on itself.");
    const dependencyIds = await resolveComponents(tx, "dependencies", input.dependencies.map((d) => d.componentSlug));
    await tx.componentDependency.deleteMany({ where: { dependentId: componentId } });
    await tx.componentDependency.createMany({
      data: input.dependencies.map((d, i) => ({ dependentId: componentId, dependencyId: dependencyIds[i]!, style: d.style })),
    });
  }
}

async function checkSlug(tx: TTransaction, slug: string, selfId?: string) {
  expectSlugFree("component", slug, await tx.component.findUnique({ where: { slug }, select: { id: true, name: true } }), selfId);
}

async function resolveArea(tx: TTransaction, solutionAreaSlug: string | null) {
  return solutionAreaSlug === null ? null : ((await resolveSolutionAreas(tx, "solutionAreaSlug", [solutionAreaSlug]))[0] ?? null);
}

export async function createComponent(db: TDb, input: TComponentCreate) {
  const { solutionAreaSlug, ownerTeamSlugs, repositorySlugs, namespaceSlugs, dependencies, labels, ...fields } = input;
  const slug = fields.slug ?? slugify(fields.name);
  return inTransaction(db, (tx) =>
    audited(tx, componentAudit, "create", (component) => component.id, async () => {
      await checkSlug(tx, slug);
      const solutionAreaId = await resolveArea(tx, solutionAreaSlug);
      const component = await tx.component.create({ data: { ...fields, labels: JSON.stringify(labels), slug, solutionAreaId }, select: { id: true, slug: true, version: true } });
      await writeRelations(tx, component.id, slug, { ownerTeamSlugs, repositorySlugs, namespaceSlugs, dependencies });
      return component;
    }),
  );
}

export async function updateComponent(db: TDb, input: TComponentUpdate) {
  const { id, version, solutionAreaSlug, ownerTeamSlugs, repositorySlugs, namespaceSlugs, dependencies, labels, ...fields } = input;
  return inTransaction(db, (tx) =>
    audited(tx, componentAudit, "update", id, async () => {
      const current = expectVersion("component", await tx.component.findUnique({ where: { id }, select: { version: true, slug: true } }), input);
      if (fields.slug) await checkSlug(tx, fields.slug, id);
      const area = solutionAreaSlug === undefined ? {} : { solutionAreaId: await resolveArea(tx, solutionAreaSlug) };
      expectOneUpdated("component", await tx.component.updateMany({ where: { id, version }, data: { ...fields, ...area, ...(labels ? { labels: JSON.stringify(labels) } : {}), version: { increment: 1 } } }), version);
      await writeRelations(tx, id, fields.slug ?? current.slug, { ownerTeamSlugs, repositorySlugs, namespaceSlugs, dependencies });
      return tx.component.findUniqueOrThrow({ where: { id }, select: { id: true, slug: true, version: true } });
    }),
  );
}

export async function deleteComponent(db: TDb, ref: TEntityRef) {
  return inTransaction(db, (tx) =>
    audited(tx, componentAudit, "delete", ref.id, async () => {
      const component = expectVersion("component", await tx.component.findUnique({ where: { id: ref.id }, select: { name: true, version: true } }), ref);
      const [count, dependents] = await Promise.all([
        tx.componentDependency.count({ where: { dependencyId: ref.id } }),
        tx.componentDependency.findMany({ where: { dependencyId: ref.id }, select: { dependent: { select: { name: true } } }, orderBy: { dependent: { name: "asc" } }, take: 3 }),
      ]);
      expectNothingBlocksDelete("component", component.name, [
        { count, describe: (n) => `is a dependency of ${plural(n, "component")}`, examples: dependents.map((d) => d.dependent.name) },
      ]);
      await tx.component.delete({ where: { id: ref.id } });
      return { id: ref.id };
    }),
  );
}
