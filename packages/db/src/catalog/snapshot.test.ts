import { DEMO_ORGANISATION, snapshotOf } from "@topograph/domain";
import { describe, expect, it } from "vitest";
import { demoDatabase } from "../testing/test-database.ts";
import { loadCatalogSnapshot } from "./snapshot.ts";

/** Rows in slug order with their slug lists sorted, so the comparison ignores ordering only. */
const sorted = (rows: readonly { slug: string }[]) =>
  [...rows]
    .sort((a, b) => a.slug.localeCompare(b.slug))
    .map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Array.isArray(v) && typeof v[0] !== "object" ? [...v].sort() : v])));

describe("catalog snapshot", () => {
  it("reads back exactly what the demo organisation describes", async () => {
    const loaded = await loadCatalogSnapshot(await demoDatabase());
    const expected = snapshotOf(DEMO_ORGANISATION);
    for (const key of ["teams", "solutionAreas", "boundedContexts", "repositories", "namespaces"] as const) {
      expect(sorted(loaded[key]), key).toEqual(sorted(expected[key]));
    }
    expect(sorted(loaded.components.map((c) => ({ ...c, dependencies: [] })))).toEqual(sorted(expected.components.map((c) => ({ ...c, dependencies: [] }))));
    expect(loaded.components.find((c) => c.slug === "x-service")?.dependencies).toEqual(expected.components.find((c) => c.slug === "x-service")?.dependencies);
    expect(loaded.contextRelationships).toEqual(expected.contextRelationships);
  });
});
