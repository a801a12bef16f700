import { AppError, slugify, type TEntityRef, type TRepositoryCreate, type TRepositoryListInput, type TRepositoryUpdate } from "@topograph/domain";
import { expectOneUpdated, expectSlugFree, expectVersion, inTransaction, type TTransaction, type TDb } from "./integrity.ts";
import { byName, pageOf, RELATED_LIMIT, textFilter } from "./pagination.ts";
import { countsById } from "./relation-counts.ts";
import { ownersSelect, resolveComponents, teamsOf } from "./references.ts";
import { audited } from "../audit/audited-write.ts";
import { repositoryAudit } from "../audit/catalog-subjects.ts";

const repositoryListSelect = {
  id: true,
  slug: true,
  name: true,
  url: true,
  kind: true,
  defaultBranch: true,
  branchModel: true,
  description: true,
  components: { select: { component: { select: { slug: true, name: true, kind: true, owners: ownersSelect } } }, orderBy: { component: { name: "asc" as const } }, take: RELATED_LIMIT },
} as const;

/** How many components each of these repositories holds (see countsById). */
async function componentCounts(db: TDb, ids: string[]) {
  const rows = await db.repositoryComponent.groupBy({ by: ["repositoryId"], where: { repositoryId: { in: ids } }, _count: { _all: true } });
  const components = countsById(rows, "repositoryId");
  return (id: string) => ({ components: components(id) });
}

/** A repository's owning teams are the owners of the components it holds. */
type TTeamRef = { slug: string; name: string };
type THeldComponent = { slug: string; name: string; kind: string };

function withComponents<T extends { components: { component: THeldComponent & { owners: { team: TTeamRef }[] } }[] }>(
  repository: T,
): Omit<T, "components"> & { components: (THeldComponent & { owners: TTeamRef[] })[]; owningTeams: TTeamRef[] } {
  const components = repository.components.map(({ component }) => ({ ...component, owners: teamsOf(component.owners) }));
  const owners = new Map(components.flatMap((c) => c.owners).map((team) => [team.slug, team]));
  return { ...repository, components, owningTeams: [...owners.values()].sort((a, b) => a.name.localeCompare(b.name)) };
}

export async function listRepositories(db: TDb, input: TRepositoryListInput) {
  const where = {
    ...textFilter(db, input.q),
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.teamSlug ? { components: { some: { component: { owners: { some: { team: { slug: input.teamSlug } } } } } } } : {}),
  };
  const page = await pageOf(
    input,
    () => db.repository.count({ where }),
    (args) => db.repository.findMany({ where, select: repositoryListSelect, orderBy: byName, ...args }),
  );
  const countsOf = await componentCounts(db, page.items.map((repository) => repository.id));
  return { ...page, items: page.items.map((repository) => withComponents({ ...repository, _count: countsOf(repository.id) })) };
}

export async function getRepository(db: TDb, slug: string) {
  const repository = await db.repository.findUnique({
    where: { slug },
    select: { ...repositoryListSelect, version: true, createdAt: true, updatedAt: true },
  });
  if (!repository) throw AppError.notFound("repository", slug);
  const countsOf = await componentCounts(db, [repository.id]);
  return withComponents({ ...repository, _count: countsOf(repository.id) });
}

async function checkSlug(tx: TTransaction, slug: string, selfId?: string) {
  expectSlugFree("repository", slug, await tx.repository.findUnique({ where: { slug }, select: { id: true, name: true } }), selfId);
}

async function writeComponents(tx: TTransaction, repositoryId: string, componentSlugs: string[]) {
  const componentIds = await resolveComponents(tx, "componentSlugs", componentSlugs);
  await tx.repositoryComponent.deleteMany({ where: { repositoryId } });
  await tx.repositoryComponent.createMany({ data: componentIds.map((componentId) => ({ repositoryId, componentId })) });
}

export async function createRepository(db: TDb, input: TRepositoryCreate) {
  const { componentSlugs, ...fields } = input;
  const slug = fields.slug ?? slugify(fields.name);
  return inTransaction(db, (tx) =>
    audited(tx, repositoryAudit, "create", (repository) => repository.id, async () => {
      await checkSlug(tx, slug);
      const repository = await tx.repository.create({ data: { ...fields, slug }, select: { id: true, slug: true, version: true } });
      await writeComponents(tx, repository.id, componentSlugs);
      return repository;
    }),
  );
}

export async function updateRepository(db: TDb, input: TRepositoryUpdate) {
  const { id, version, componentSlugs, ...fields } = input;
  return inTransaction(db, (tx) =>
    audited(tx, repositoryAudit, "update", id, async () => {
      expectVersion("repository", await tx.repository.findUnique({ where: { id }, select: { version: true } }), input);
      if (fields.slug) await checkSlug(tx, fields.slug, id);
      expectOneUpdated("repository", await tx.repository.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } }), version);
      if (componentSlugs) await writeComponents(tx, id, componentSlugs);
      return tx.repository.findUniqueOrThrow({ where: { id }, select: { id: true, slug: true, version: true } });
    }),
  );
}

/** Nothing blocks deleting a repository: the components it held simply no longer list it. */
export async function deleteRepository(db: TDb, ref: TEntityRef) {
  return inTransaction(db, (tx) =>
    audited(tx, repositoryAudit, "delete", ref.id, async () => {
      expectVersion("repository", await tx.repository.findUnique({ where: { id: ref.id }, select: { version: true } }), ref);
      await tx.repository.delete({ where: { id: ref.id } });
      return { id: ref.id };
    }),
  );
}
