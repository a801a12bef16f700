import { describe, expect, it } from "vitest";
import { demoDatabase } from "../testing/test-database.ts";
import { getComponent, listComponents } from "./component.ts";
import { RELATED_LIMIT } from "./pagination.ts";

describe("component page data", () => {
  it("caps related lists and still reports their full size", async () => {
    const db = await demoDatabase();
    const target = await db.component.findUniqueOrThrow({ where: { slug: "b-service" }, select: { id: true } });
    const extra = RELATED_LIMIT + 5;
    await db.component.createMany({
      data: Array.from({ length: extra }, (_, i) => ({ slug: `caller-${String(i).padStart(3, "0")}`, name: `caller-${String(i).padStart(3, "0")}`, kind: "microservice", lifecycle: "production" })),
    });
    const callers = await db.component.findMany({ where: { slug: { startsWith: "caller-" } }, select: { id: true } });
    await db.componentDependency.createMany({ data: callers.map((c) => ({ dependentId: c.id, dependencyId: target.id, style: "sync" })) });

    const component = await getComponent(db, "b-service");
    expect(component.dependents).toHaveLength(RELATED_LIMIT);
    expect(component._count.dependents).toBe(extra + 2);
    expect(component.dependents[0]?.slug).toBe("a-service");
  });
});

describe("component list rows", () => {
  it("show the same owners (by team name) and solution area as each component's page", async () => {
    const db = await demoDatabase();
    // A second owner whose name sorts before the first, so the order is the query's, not the insertion's.
    const [component, team] = await Promise.all([
      db.component.findUniqueOrThrow({ where: { slug: "x-service" }, select: { id: true } }),
      db.team.create({ data: { slug: "aardvarks", name: "Aardvark team", type: "platform" }, select: { id: true } }),
    ]);
    await db.componentOwner.create({ data: { componentId: component.id, teamId: team.id } });
    await db.component.create({ data: { slug: "no-area", name: "no-area", kind: "shared-library", lifecycle: "production" } });

    const { items } = await listComponents(db, { limit: 200 });
    const pages = await Promise.all(items.map((item) => getComponent(db, item.slug)));
    expect(items.map(({ slug, owners, solutionArea }) => ({ slug, owners, solutionArea }))).toEqual(pages.map(({ slug, owners, solutionArea }) => ({ slug, owners, solutionArea })));
    expect(items.find((item) => item.slug === "x-service")?.owners.map((owner) => owner.slug)).toEqual(["aardvarks", "team-x"]);
    expect(items.find((item) => item.slug === "no-area")).toMatchObject({ owners: [], solutionArea: null });
  });
});
