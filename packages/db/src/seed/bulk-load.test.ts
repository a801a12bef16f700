import { ENTERPRISE_SIZE, generateEnterprise, snapshotOf } from "@topograph/domain";
import { describe, expect, it } from "vitest";
import { loadCatalogSnapshot } from "../catalog/snapshot.ts";
import { loadScoringSources } from "../scorecards/sources.ts";
import { loadSubjectIds } from "../scorecards/subjects.ts";
import { freshDatabase } from "../testing/test-database.ts";
import { bulkLoadCatalog } from "./bulk-load.ts";

describe("bulk load", () => {
  it("stores a generated enterprise exactly as generated", async () => {
    const data = generateEnterprise({ ...ENTERPRISE_SIZE, teams: 30, boundedContexts: 8, components: 150, repositories: 260, namespaces: 60, clusters: 3, dependencies: 300 });
    const { db } = freshDatabase();
    await bulkLoadCatalog(db, data);
    const loaded = await loadCatalogSnapshot(db);
    const expected = snapshotOf(data);
    // Relation lists carry no promised order: compare them sorted.
    const normalise = (components: typeof loaded.components) =>
      [...components]
        .sort((a, b) => a.slug.localeCompare(b.slug))
        .map((c) => ({
          ...c,
          repositorySlugs: [...c.repositorySlugs].sort(),
          namespaceSlugs: [...c.namespaceSlugs].sort(),
          dependencies: [...c.dependencies].sort((a, b) => a.slug.localeCompare(b.slug)),
        }));
    expect(normalise(loaded.components)).toEqual(normalise(expected.components));
    expect(loaded.namespaces).toHaveLength(60);
    expect(await db.teamMember.count()).toBe(data.teams.reduce((n, t) => n + t.members.length, 0));
  });

  it("stores the generated evidence facts as scoring reads them back", async () => {
    const data = generateEnterprise({ ...ENTERPRISE_SIZE, teams: 10, boundedContexts: 3, components: 40, repositories: 60, namespaces: 10, clusters: 2, dependencies: 40 });
    const { db } = freshDatabase();
    await bulkLoadCatalog(db, data);
    const { evidence } = await loadScoringSources(db, await loadSubjectIds(db));
    const sorted = (facts: typeof evidence) => facts.map((fact) => JSON.stringify(fact)).sort();
    expect(data.evidenceFacts!.length).toBeGreaterThan(0);
    expect(sorted(evidence)).toEqual(sorted(data.evidenceFacts!));
  });

  it("writes one summarising audit entry instead of one per row", async () => {
    const data = generateEnterprise({ ...ENTERPRISE_SIZE, teams: 10, boundedContexts: 3, components: 40, repositories: 50, namespaces: 10, clusters: 2, dependencies: 40 });
    const { db } = freshDatabase();
    await bulkLoadCatalog(db, data);
    const entries = await db.auditEntry.findMany();
    expect(entries).toEqual([expect.objectContaining({ action: "create", entityKind: "catalog", entityKey: "bulk-load", via: "system", actorLabel: "system" })]);
    expect(JSON.parse(entries[0]!.after!)).toMatchObject({ teams: 10, components: 40 });
  });
});
