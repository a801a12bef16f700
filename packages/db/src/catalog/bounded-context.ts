import {
  AppError,
  slugify,
  type TBoundedContextCreate,
  type TBoundedContextListInput,
  type TBoundedContextUpdate,
  type TContextRelationshipCreate,
  type TEntityRef,
} from "@topograph/domain";
import { expectOneUpdated, expectSlugFree, expectVersion, inTransaction, type TTransaction, type TDb } from "./integrity.ts";
import { byName, pageOf, RELATED_LIMIT, textFilter } from "./pagination.ts";
import { ownersSelect, resolveBoundedContexts, resolveTeams, teamsOf, writeAreaTeams } from "./references.ts";
import { expectAreaUnused } from "./solution-area.ts";
import { audited } from "../audit/audited-write.ts";
import { boundedContextAudit, contextRelationshipAudit } from "../audit/catalog-subjects.ts";

const contextListSelect = {
  id: true,
  slug: true,
  name: true,
  purpose: true,
  subdomainType: true,
  complexity: true,
  solutionArea: { select: { id: true, slug: true, teams: ownersSelect, _count: { select: { components: true } } } },
  _count: { select: { upstreamOf: true, downstreamOf: true } },
} as const;

const otherContext = { select: { slug: true, name: true, subdomainType: true } } as const;

export async function listBoundedContexts(db: TDb, input: TBoundedContextListInput) {
  const where = {
    ...textFilter(db, input.q),
    ...(input.subdomainType ? { subdomainType: input.subdomainType } : {}),
    ...(input.teamSlug ? { solutionArea: { teams: { some: { team: { slug: input.teamSlug } } } } } : {}),
  };
  const page = await pageOf(
    input,
    () => db.boundedContext.count({ where }),
    (args) => db.boundedContext.findMany({ where, select: contextListSelect, orderBy: byName, ...args }),
  );
  return { ...page, items: page.items.map(flattenContext) };
}

function flattenContext<T extends { solutionArea: { teams: { team: { slug: string; name: string } }[] } }>(context: T) {
  return { ...context, teams: teamsOf(context.solutionArea.teams) };
}

export async function getBoundedContext(db: TDb, slug: string) {
  const context = await db.boundedContext.findUnique({
    where: { slug },
    select: {
      ...contextListSelect,
      version: true,
      createdAt: true,
      updatedAt: true,
      upstreamOf: { select: { id: true, pattern: true, description: true, downstream: otherContext }, orderBy: { downstream: { name: "asc" } }, take: RELATED_LIMIT },
      downstreamOf: { select: { id: true, pattern: true, description: true, upstream: otherContext }, orderBy: { upstream: { name: "asc" } }, take: RELATED_LIMIT },
    },
  });
  if (!context) throw AppError.notFound("bounded context", slug);
  const components = await db.component.findMany({
    where: { solutionAreaId: context.solutionArea.id },
    select: { slug: true, name: true, kind: true, lifecycle: true, owners: ownersSelect },
    orderBy: byName,
    take: RELATED_LIMIT,
  });
  return {
    ...flattenContext(context),
    components: components.map((component) => ({ ...component, owners: teamsOf(component.owners) })),
    /** Relationships where this context is upstream (others depend on it) or downstream. */
    relationships: [
      ...context.upstreamOf.map((r) => ({ id: r.id, pattern: r.pattern, description: r.description, role: "upstream" as const, other: r.downstream })),
      ...context.downstreamOf.map((r) => ({ id: r.id, pattern: r.pattern, description: r.description, role: "downstream" as const, other: r.upstream })),
    ],
  };
}

/** A bounded context and its solution area share one slug, so it must be free in both. */
async function checkSlug(tx: TTransaction, slug: string, self?: { contextId: string; areaId: string }) {
  expectSlugFree("bounded context", slug, await tx.boundedContext.findUnique({ where: { slug }, select: { id: true, name: true } }), self?.contextId);
  expectSlugFree("solution area", slug, await tx.solutionArea.findUnique({ where: { slug }, select: { id: true, name: true } }), self?.areaId);
}

export async function createBoundedContext(db: TDb, input: TBoundedContextCreate) {
  const { teamSlugs, ...fields } = input;
  const slug = fields.slug ?? slugify(fields.name);
  return inTransaction(db, (tx) =>
    audited(tx, boundedContextAudit, "create", (context) => context.id, async () => {
      await checkSlug(tx, slug);
      const teamIds = await resolveTeams(tx, "teamSlugs", teamSlugs);
      const area = await tx.solutionArea.create({
        data: { slug, name: fields.name, kind: "bounded-context", description: fields.purpose },
        select: { id: true },
      });
      await writeAreaTeams(tx, area.id, teamIds);
      return tx.boundedContext.create({ data: { ...fields, slug, solutionAreaId: area.id }, select: { id: true, slug: true, version: true } });
    }),
  );
}

export async function updateBoundedContext(db: TDb, input: TBoundedContextUpdate) {
  const { id, version, teamSlugs, ...fields } = input;
  return inTransaction(db, (tx) =>
    audited(tx, boundedContextAudit, "update", id, async () => {
      const context = expectVersion("bounded context", await tx.boundedContext.findUnique({ where: { id }, select: { version: true, solutionAreaId: true } }), input);
      if (fields.slug) await checkSlug(tx, fields.slug, { contextId: id, areaId: context.solutionAreaId });
      const teamIds = teamSlugs && (await resolveTeams(tx, "teamSlugs", teamSlugs));
      expectOneUpdated("bounded context", await tx.boundedContext.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } }), version);
      // Keep the context's solution area in step with it.
      await tx.solutionArea.update({
        where: { id: context.solutionAreaId },
        data: { slug: fields.slug, name: fields.name, description: fields.purpose, version: { increment: 1 } },
      });
      if (teamIds) await writeAreaTeams(tx, context.solutionAreaId, teamIds);
      return tx.boundedContext.findUniqueOrThrow({ where: { id }, select: { id: true, slug: true, version: true } });
    }),
  );
}

export async function deleteBoundedContext(db: TDb, ref: TEntityRef) {
  return inTransaction(db, (tx) =>
    audited(tx, boundedContextAudit, "delete", ref.id, async () => {
      const context = expectVersion("bounded context", await tx.boundedContext.findUnique({ where: { id: ref.id }, select: { name: true, version: true, solutionAreaId: true } }), ref);
      await expectAreaUnused(tx, context.solutionAreaId, "bounded context", context.name);
      // Deleting the area deletes the context with it, and the context's relationships.
      await tx.solutionArea.delete({ where: { id: context.solutionAreaId } });
      return { id: ref.id };
    }),
  );
}

export async function relateBoundedContexts(db: TDb, input: TContextRelationshipCreate) {
  return inTransaction(db, (tx) =>
    audited(tx, contextRelationshipAudit, "create", (relationship) => relationship.id, async () => {
      const [upstreamId] = await resolveBoundedContexts(tx, "upstreamSlug", [input.upstreamSlug]);
      const [downstreamId] = await resolveBoundedContexts(tx, "downstreamSlug", [input.downstreamSlug]);
      const key = { upstreamId: upstreamId!, downstreamId: downstreamId!, pattern: input.pattern };
      if (await tx.contextRelationship.findUnique({ where: { upstreamId_downstreamId_pattern: key }, select: { id: true } })) {
        throw new AppError("DUPLICATE", `"${input.upstreamSlug}" is already ${input.pattern} upstream of "${input.downstreamSlug}".`, [
          { path: "pattern", message: "This relationship is already recorded." },
        ]);
      }
      return tx.contextRelationship.create({ data: { ...key, description: input.description }, select: { id: true } });
    }),
  );
}

export async function unrelateBoundedContexts(db: TDb, input: { id: string }) {
  return inTransaction(db, (tx) =>
    audited(tx, contextRelationshipAudit, "delete", input.id, async () => {
      if (!(await tx.contextRelationship.findUnique({ where: { id: input.id }, select: { id: true } }))) {
        throw AppError.notFound("context relationship", input.id);
      }
      await tx.contextRelationship.delete({ where: { id: input.id } });
      return { id: input.id };
    }),
  );
}
