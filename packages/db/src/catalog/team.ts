import { AppError, slugify, type TEntityRef, type TTeamCreate, type TTeamListInput, type TTeamUpdate } from "@topograph/domain";
import {
  expectNothingBlocksDelete,
  expectOneUpdated,
  expectSlugFree,
  expectVersion,
  inTransaction,
  plural,
  type TDb,
  type TTransaction,
} from "./integrity.ts";
import { byName, pageOf, RELATED_LIMIT, textFilter } from "./pagination.ts";
import { countsById } from "./relation-counts.ts";
import { audited } from "../audit/audited-write.ts";
import { teamAudit } from "../audit/catalog-subjects.ts";

const teamListSelect = {
  id: true,
  slug: true,
  name: true,
  type: true,
  description: true,
  contactChannel: true,
} as const;

/** How many members, components and solution areas each of these teams has (see countsById). */
async function relationCounts(db: TDb, ids: string[]) {
  const byTeam = { teamId: { in: ids } };
  const [members, components, solutionAreas] = await Promise.all([
    db.teamMember.groupBy({ by: ["teamId"], where: byTeam, _count: { _all: true } }),
    db.componentOwner.groupBy({ by: ["teamId"], where: byTeam, _count: { _all: true } }),
    db.solutionAreaTeam.groupBy({ by: ["teamId"], where: byTeam, _count: { _all: true } }),
  ]);
  const count = { members: countsById(members, "teamId"), components: countsById(components, "teamId"), solutionAreas: countsById(solutionAreas, "teamId") };
  return (id: string) => ({ members: count.members(id), components: count.components(id), solutionAreas: count.solutionAreas(id) });
}

export async function listTeams(db: TDb, input: TTeamListInput) {
  const where = { ...textFilter(db, input.q), ...(input.type ? { type: input.type } : {}) };
  const page = await pageOf(
    input,
    () => db.team.count({ where }),
    (args) => db.team.findMany({ where, select: teamListSelect, orderBy: byName, ...args }),
  );
  const countsOf = await relationCounts(db, page.items.map((team) => team.id));
  return { ...page, items: page.items.map((team) => ({ ...team, _count: countsOf(team.id) })) };
}

export async function getTeam(db: TDb, slug: string) {
  const team = await db.team.findUnique({
    where: { slug },
    select: {
      ...teamListSelect,
      version: true,
      createdAt: true,
      updatedAt: true,
      members: { select: { name: true, email: true, role: true }, orderBy: { name: "asc" } },
      solutionAreas: {
        select: { solutionArea: { select: { slug: true, name: true, kind: true, boundedContext: { select: { slug: true } } } } },
        orderBy: { solutionArea: { name: "asc" } },
      },
      components: {
        select: { component: { select: { slug: true, name: true, kind: true, lifecycle: true, ownershipMode: true } } },
        orderBy: { component: { name: "asc" } },
        take: RELATED_LIMIT,
      },
    },
  });
  if (!team) throw AppError.notFound("team", slug);
  const countsOf = await relationCounts(db, [team.id]);
  // A team's repositories and namespaces are those of the components it owns.
  const ownsComponent = { components: { some: { component: { owners: { some: { teamId: team.id } } } } } };
  const ownsDeployment = { deployments: { some: { component: { owners: { some: { teamId: team.id } } } } } };
  const [repositories, repositoryCount, namespaces, namespaceCount] = await Promise.all([
    db.repository.findMany({ where: ownsComponent, select: { slug: true, name: true, kind: true, url: true }, orderBy: byName, take: RELATED_LIMIT }),
    db.repository.count({ where: ownsComponent }),
    db.namespace.findMany({
      where: ownsDeployment,
      select: { slug: true, name: true, meshMembership: true, deployMethod: true, cluster: { select: { slug: true, name: true } }, environment: { select: { slug: true, name: true } } },
      orderBy: byName,
      take: RELATED_LIMIT,
    }),
    db.namespace.count({ where: ownsDeployment }),
  ]);
  return {
    ...team,
    _count: countsOf(team.id),
    solutionAreas: team.solutionAreas.map((link) => link.solutionArea),
    components: team.components.map((link) => link.component),
    repositories,
    repositoryCount,
    namespaces,
    namespaceCount,
  };
}

async function writeMembers(tx: TTransaction, teamId: string, members: TTeamCreate["members"]) {
  await tx.teamMember.deleteMany({ where: { teamId } });
  if (members.length > 0) await tx.teamMember.createMany({ data: members.map((member) => ({ ...member, teamId })) });
}

async function checkSlug(tx: TTransaction, slug: string, selfId?: string) {
  expectSlugFree("team", slug, await tx.team.findUnique({ where: { slug }, select: { id: true, name: true } }), selfId);
}

export async function createTeam(db: TDb, input: TTeamCreate) {
  const { members, ...fields } = input;
  const slug = fields.slug ?? slugify(fields.name);
  return inTransaction(db, (tx) =>
    audited(tx, teamAudit, "create", (team) => team.id, async () => {
      await checkSlug(tx, slug);
      const team = await tx.team.create({ data: { ...fields, slug }, select: { id: true, slug: true, version: true } });
      await writeMembers(tx, team.id, members);
      return team;
    }),
  );
}

export async function updateTeam(db: TDb, input: TTeamUpdate) {
  const { id, version, members, ...fields } = input;
  return inTransaction(db, (tx) =>
    audited(tx, teamAudit, "update", id, async () => {
      expectVersion("team", await tx.team.findUnique({ where: { id }, select: { version: true } }), input);
      if (fields.slug) await checkSlug(tx, fields.slug, id);
      expectOneUpdated("team", await tx.team.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } }), version);
      if (members) await writeMembers(tx, id, members);
      return tx.team.findUniqueOrThrow({ where: { id }, select: { id: true, slug: true, version: true } });
    }),
  );
}

export async function deleteTeam(db: TDb, ref: TEntityRef) {
  return inTransaction(db, (tx) =>
    audited(tx, teamAudit, "delete", ref.id, async () => {
      const team = expectVersion("team", await tx.team.findUnique({ where: { id: ref.id }, select: { name: true, version: true } }), ref);
      const [components, areas] = await Promise.all([
        tx.componentOwner.findMany({ where: { teamId: ref.id }, select: { component: { select: { name: true } } }, orderBy: { component: { name: "asc" } }, take: 3 }),
        tx.solutionAreaTeam.findMany({ where: { teamId: ref.id }, select: { solutionArea: { select: { name: true } } }, orderBy: { solutionArea: { name: "asc" } }, take: 3 }),
      ]);
      expectNothingBlocksDelete("team", team.name, [
        {
          count: await tx.componentOwner.count({ where: { teamId: ref.id } }),
          describe: (n) => `owns ${plural(n, "component")}`,
          examples: components.map((c) => c.component.name),
        },
        {
          count: await tx.solutionAreaTeam.count({ where: { teamId: ref.id } }),
          describe: (n) => `answers for ${plural(n, "solution area")}`,
          examples: areas.map((a) => a.solutionArea.name),
        },
      ]);
      await tx.team.delete({ where: { id: ref.id } });
      return { id: ref.id };
    }),
  );
}
