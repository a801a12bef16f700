import { AppError, slugify, type TEntityRef, type TSolutionAreaCreate, type TSolutionAreaListInput, type TSolutionAreaUpdate } from "@topograph/domain";
import { expectNothingBlocksDelete, expectOneUpdated, expectSlugFree, expectVersion, inTransaction, plural, type TTransaction, type TDb } from "./integrity.ts";
import { byName, pageOf, RELATED_LIMIT, textFilter } from "./pagination.ts";
import { countsById } from "./relation-counts.ts";
import { ownersSelect, resolveTeams, teamsOf, writeAreaTeams } from "./references.ts";
import { audited } from "../audit/audited-write.ts";
import { solutionAreaAudit } from "../audit/catalog-subjects.ts";

const areaListSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  description: true,
  boundedContext: { select: { slug: true, subdomainType: true } },
  teams: ownersSelect,
} as const;

/** How many components each of these solution areas holds (see countsById). */
async function componentCounts(db: TDb, ids: string[]) {
  const rows = await db.component.groupBy({ by: ["solutionAreaId"], where: { solutionAreaId: { in: ids } }, _count: { _all: true } });
  const components = countsById(rows, "solutionAreaId");
  return (id: string) => ({ components: components(id) });
}

export async function listSolutionAreas(db: TDb, input: TSolutionAreaListInput) {
  const where = {
    ...textFilter(db, input.q),
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.teamSlug ? { teams: { some: { team: { slug: input.teamSlug } } } } : {}),
  };
  const page = await pageOf(
    input,
    () => db.solutionArea.count({ where }),
    (args) => db.solutionArea.findMany({ where, select: areaListSelect, orderBy: byName, ...args }),
  );
  const countsOf = await componentCounts(db, page.items.map((area) => area.id));
  return { ...page, items: page.items.map((area) => ({ ...area, _count: countsOf(area.id), teams: teamsOf(area.teams) })) };
}

export async function getSolutionArea(db: TDb, slug: string) {
  const area = await db.solutionArea.findUnique({
    where: { slug },
    select: {
      ...areaListSelect,
      version: true,
      createdAt: true,
      updatedAt: true,
      components: { select: { slug: true, name: true, kind: true, lifecycle: true, owners: ownersSelect }, orderBy: byName, take: RELATED_LIMIT },
    },
  });
  if (!area) throw AppError.notFound("solution area", slug);
  const countsOf = await componentCounts(db, [area.id]);
  return {
    ...area,
    _count: countsOf(area.id),
    teams: teamsOf(area.teams),
    components: area.components.map((component) => ({ ...component, owners: teamsOf(component.owners) })),
  };
}

/** Bounded-context areas belong to their bounded context; editing them here would split the two. */
async function expectDirectlyManaged(tx: TTransaction, ref: TEntityRef) {
  const area = expectVersion(
    "solution area",
    await tx.solutionArea.findUnique({ where: { id: ref.id }, select: { name: true, kind: true, version: true, boundedContext: { select: { slug: true } } } }),
    ref,
  );
  if (area.boundedContext) {
    throw new AppError("INVALID", `"${area.name}" is the solution area of a bounded context; change it through the bounded context "${area.boundedContext.slug}".`);
  }
  return area;
}

async function checkSlug(tx: TTransaction, slug: string, selfId?: string) {
  expectSlugFree("solution area", slug, await tx.solutionArea.findUnique({ where: { slug }, select: { id: true, name: true } }), selfId);
}

export async function createSolutionArea(db: TDb, input: TSolutionAreaCreate) {
  const { teamSlugs, ...fields } = input;
  const slug = fields.slug ?? slugify(fields.name);
  return inTransaction(db, (tx) =>
    audited(tx, solutionAreaAudit, "create", (area) => area.id, async () => {
      await checkSlug(tx, slug);
      const teamIds = await resolveTeams(tx, "teamSlugs", teamSlugs);
      const area = await tx.solutionArea.create({ data: { ...fields, slug }, select: { id: true, slug: true, version: true } });
      await writeAreaTeams(tx, area.id, teamIds);
      return area;
    }),
  );
}

export async function updateSolutionArea(db: TDb, input: TSolutionAreaUpdate) {
  const { id, version, teamSlugs, ...fields } = input;
  return inTransaction(db, (tx) =>
    audited(tx, solutionAreaAudit, "update", id, async () => {
      await expectDirectlyManaged(tx, input);
      if (fields.slug) await checkSlug(tx, fields.slug, id);
      const teamIds = teamSlugs && (await resolveTeams(tx, "teamSlugs", teamSlugs));
      expectOneUpdated("solution area", await tx.solutionArea.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } }), version);
      if (teamIds) await writeAreaTeams(tx, id, teamIds);
      return tx.solutionArea.findUniqueOrThrow({ where: { id }, select: { id: true, slug: true, version: true } });
    }),
  );
}

/** Fails with an explanation when components still belong to the area. */
export async function expectAreaUnused(tx: TTransaction, solutionAreaId: string, kind: string, name: string) {
  const [count, examples] = await Promise.all([
    tx.component.count({ where: { solutionAreaId } }),
    tx.component.findMany({ where: { solutionAreaId }, select: { name: true }, orderBy: byName, take: 3 }),
  ]);
  expectNothingBlocksDelete(kind, name, [{ count, describe: (n) => `holds ${plural(n, "component")}`, examples: examples.map((c) => c.name) }]);
}

export async function deleteSolutionArea(db: TDb, ref: TEntityRef) {
  return inTransaction(db, (tx) =>
    audited(tx, solutionAreaAudit, "delete", ref.id, async () => {
      const area = await expectDirectlyManaged(tx, ref);
      await expectAreaUnused(tx, ref.id, "solution area", area.name);
      await tx.solutionArea.delete({ where: { id: ref.id } });
      return { id: ref.id };
    }),
  );
}
