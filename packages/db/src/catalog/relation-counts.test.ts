import { describe, expect, it } from "vitest";
import { demoDatabase } from "../testing/test-database.ts";
import { getComponent, listComponents } from "./component.ts";
import { getNamespace, listNamespaces } from "./namespace.ts";
import { getRepository, listRepositories } from "./repository.ts";
import { getSolutionArea, listSolutionAreas } from "./solution-area.ts";
import { getTeam, listTeams } from "./team.ts";

/** Lists and pages count related rows for their own ids; the counts are those of Prisma's relation `_count`. */
describe("related-row counts on lists and pages", () => {
  it("match Prisma's relation counts for every component, team, repository, namespace and solution area", async () => {
    const db = await demoDatabase();
    const page = { limit: 200 };
    const bySlug = <T extends { slug: string; _count: unknown }>(rows: T[]) => Object.fromEntries(rows.map((row) => [row.slug, row._count]));

    const components = await db.component.findMany({ select: { slug: true, _count: { select: { repositories: true, deployments: true, dependencies: true, dependents: true } } } });
    expect(bySlug((await listComponents(db, page)).items)).toEqual(bySlug(components));
    expect((await getComponent(db, "b-service"))._count).toEqual(bySlug(components)["b-service"]);

    const teams = await db.team.findMany({ select: { slug: true, _count: { select: { members: true, components: true, solutionAreas: true } } } });
    expect(bySlug((await listTeams(db, page)).items)).toEqual(bySlug(teams));
    expect((await getTeam(db, "team-a"))._count).toEqual(bySlug(teams)["team-a"]);

    const repositories = await db.repository.findMany({ select: { slug: true, _count: { select: { components: true } } } });
    expect(bySlug((await listRepositories(db, page)).items)).toEqual(bySlug(repositories));
    const repository = repositories[0]!.slug;
    expect((await getRepository(db, repository))._count).toEqual(bySlug(repositories)[repository]);

    const namespaces = await db.namespace.findMany({ select: { slug: true, _count: { select: { deployments: true } } } });
    expect(bySlug((await listNamespaces(db, page)).items)).toEqual(bySlug(namespaces));
    const namespace = namespaces.find((n) => n._count.deployments > 0)!.slug;
    expect((await getNamespace(db, namespace))._count).toEqual(bySlug(namespaces)[namespace]);

    const areas = await db.solutionArea.findMany({ select: { slug: true, _count: { select: { components: true } } } });
    expect(bySlug((await listSolutionAreas(db, page)).items)).toEqual(bySlug(areas));
    const area = areas.find((a) => a._count.components > 0)!.slug;
    expect((await getSolutionArea(db, area))._count).toEqual(bySlug(areas)[area]);
    // Not trivially zero: the demo's components have repositories, deployments and dependencies.
    expect(Object.values(bySlug(components)).some((c) => (c as { dependents: number }).dependents > 0)).toBe(true);
  });
});
