import { describe, expect, it } from "vitest";
import { demoDatabase } from "../testing/test-database.ts";
import { getComponent } from "./component.ts";
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
