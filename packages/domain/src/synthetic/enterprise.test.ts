import { describe, expect, it } from "vitest";
import { ZComponentCreateSchema } from "../catalog/component.ts";
import { ZNamespaceCreateSchema } from "../catalog/namespace.ts";
import { ZRepositoryCreateSchema } from "../catalog/repository.ts";
import { ZTeamCreateSchema } from "../catalog/team.ts";
import { PRACTICE_CATALOGUE } from "../practices/catalogue.ts";
import { practiceAppliesTo } from "../practices/practice.ts";
import { ENTERPRISE_SIZE, generateEnterprise } from "./enterprise.ts";
import { SYNTHETIC_HISTORY_WEEKS, syntheticHistoryDates } from "./history.ts";

const small = { ...ENTERPRISE_SIZE, teams: 40, boundedContexts: 10, components: 240, repositories: 400, namespaces: 100, clusters: 3, dependencies: 600 };

describe("synthetic enterprise", () => {
  it("has the requested size", () => {
    const data = generateEnterprise(small);
    expect([data.teams.length, data.boundedContexts.length, data.components.length, data.repositories.length, data.namespaces.length, data.clusters.length]).toEqual([40, 10, 240, 400, 100, 3]);
    expect(data.components.reduce((n, c) => n + c.dependencies.length, 0)).toBe(600);
  });

  it("is the same for the same seed and different for another", () => {
    expect(generateEnterprise(small)).toEqual(generateEnterprise(small));
    expect(generateEnterprise({ ...small, seed: 2 })).not.toEqual(generateEnterprise(small));
  });

  it("only holds entries the API itself would accept, with unique slugs and resolvable references", () => {
    const data = generateEnterprise(small);
    for (const team of data.teams) ZTeamCreateSchema.parse(team);
    for (const repository of data.repositories) ZRepositoryCreateSchema.parse(repository);
    for (const namespace of data.namespaces) ZNamespaceCreateSchema.parse(namespace);
    for (const component of data.components) ZComponentCreateSchema.parse(component);
    const unique = (slugs: (string | undefined)[]) => new Set(slugs).size === slugs.length;
    expect(unique(data.repositories.map((r) => r.slug))).toBe(true);
    expect(unique(data.components.map((c) => c.slug))).toBe(true);
    const repositories = new Set(data.repositories.map((r) => r.slug));
    const namespaces = new Set(data.namespaces.map((n) => n.slug));
    const components = new Set(data.components.map((c) => c.slug));
    for (const c of data.components) {
      for (const r of c.repositorySlugs) expect(repositories.has(r)).toBe(true);
      for (const n of c.namespaceSlugs) expect(namespaces.has(n)).toBe(true);
      for (const d of c.dependencies) expect(components.has(d.componentSlug) && d.componentSlug !== c.slug).toBe(true);
    }
  });

  it("gives every team something to own, and each bounded context's microservices to its team", () => {
    const data = generateEnterprise(small);
    const owners = new Set(data.components.flatMap((c) => c.ownerTeamSlugs));
    expect(data.teams.filter((t) => !owners.has(t.slug!)).map((t) => t.slug)).toEqual([]);
    const contextTeam = new Map(data.boundedContexts.map((c) => [c.slug!, c.teamSlugs[0]]));
    for (const c of data.components.filter((c) => c.kind === "microservice")) expect(c.ownerTeamSlugs).toEqual([contextTeam.get(c.solutionAreaSlug!)]);
  });

  it("records evidence about its own components and namespaces, for practices asked of them, observed within the history", () => {
    const asOf = new Date("2026-03-01T00:00:00.000Z");
    const data = generateEnterprise(small, { asOf });
    const facts = data.evidenceFacts!;
    const components = new Map(data.components.map((c) => [c.slug!, c]));
    const namespaces = new Set(data.namespaces.map((n) => n.slug));
    const items = new Map(PRACTICE_CATALOGUE.items.map((item) => [item.id, item]));
    const earliest = asOf.getTime() - SYNTHETIC_HISTORY_WEEKS * 7 * 24 * 3600 * 1000;
    for (const fact of facts) {
      const item = items.get(fact.key)!;
      expect(item.scope).toBe(fact.subject.kind);
      if (fact.subject.kind === "component") expect(practiceAppliesTo(item, components.get(fact.subject.slug)!.kind)).toBe(true);
      else expect(namespaces.has(fact.subject.slug)).toBe(true);
      expect(typeof fact.value).toBe("boolean");
      expect(Date.parse(fact.observedAt)).toBeGreaterThan(earliest);
      expect(Date.parse(fact.observedAt)).toBeLessThanOrEqual(asOf.getTime());
    }
    const keys = facts.map((f) => `${f.subject.kind}:${f.subject.slug}|${f.key}`);
    expect(new Set(keys).size).toBe(keys.length);
    // Some components were scanned, some not; most scanned practices are in place.
    const scanned = new Set(facts.filter((f) => f.subject.kind === "component").map((f) => f.subject.slug));
    expect(scanned.size).toBeGreaterThan(0);
    expect(scanned.size).toBeLessThan(data.components.length);
    expect(facts.filter((f) => f.value === true).length).toBeGreaterThan(facts.length / 2);
  });

  it("records scores weekly over the history, the last on the day it describes", () => {
    const asOf = new Date("2026-03-01T00:00:00.000Z");
    expect(syntheticHistoryDates(asOf).map((d) => d.toISOString().slice(0, 10))).toEqual(["2026-02-08", "2026-02-15", "2026-02-22", "2026-03-01"]);
  });

  it("gives SRE tools no application repository", () => {
    const data = generateEnterprise(small);
    const kinds = new Map(data.repositories.map((r) => [r.slug, r.kind]));
    for (const c of data.components.filter((c) => c.kind === "sre-tool")) expect(c.repositorySlugs.map((r) => kinds.get(r))).not.toContain("application");
  });
});
