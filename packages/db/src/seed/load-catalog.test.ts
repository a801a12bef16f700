import { describe, expect, it } from "vitest";
import { getComponent, getTeam, listNamespaces } from "../index.ts";
import { DEMO_ORGANISATION } from "@topograph/domain";
import { initialiseCatalog, loadCatalog } from "./load-catalog.ts";
import { demoDatabase, freshDatabase } from "../testing/test-database.ts";

describe("demo organisation", () => {
  it("holds the article's teams, one per bounded context plus client UI and SRE teams", async () => {
    const db = await demoDatabase();
    const teams = await db.team.findMany({ select: { slug: true }, orderBy: { slug: "asc" } });
    expect(teams.map((t) => t.slug)).toEqual(["bff-x", "frontend-x", "sre", "team-a", "team-b", "team-x"]);
    const areas = await db.solutionArea.findMany({ select: { slug: true, kind: true }, orderBy: { slug: "asc" } });
    expect(areas).toEqual([
      { slug: "client-x-ui", kind: "client-ui" },
      { slug: "context-a", kind: "bounded-context" },
      { slug: "context-b", kind: "bounded-context" },
      { slug: "context-x", kind: "bounded-context" },
      { slug: "cross-cutting", kind: "cross-cutting" },
    ]);
  });

  it("gives every component an application and a Kubernetes repository, and SRE tools only Kubernetes", async () => {
    const db = await demoDatabase();
    for (const slug of ["a-service", "b-service", "x-service", "x-frontend", "x-bff"]) {
      const component = await getComponent(db, slug);
      expect(component.repositories.map((r) => r.kind).sort()).toEqual(["application", "kubernetes"]);
    }
    const istio = await getComponent(db, "istio-control-plane");
    expect(istio.repositories.map((r) => r.kind)).toEqual(["kubernetes"]);
  });

  it("puts the article's namespaces in the mesh, outside it and in the control plane, deployed by ArgoCD except Istio", async () => {
    const db = await demoDatabase();
    const { items } = await listNamespaces(db, { clusterSlug: "prd", limit: 50 });
    const byName = Object.fromEntries(items.map((n) => [n.name, `${n.meshMembership}/${n.deployMethod}`]));
    expect(byName).toEqual({
      "a-service": "sidecar/gitops-auto-sync",
      "b-service": "sidecar/gitops-auto-sync",
      "x-service": "sidecar/gitops-auto-sync",
      "x-frontend": "sidecar/gitops-auto-sync",
      "x-bff": "sidecar/gitops-auto-sync",
      "istio-ingress": "sidecar/manual-helmfile",
      "istio-egress": "sidecar/manual-helmfile",
      "istio-system": "control-plane/manual-helmfile",
      "x-infra": "outside/gitops-auto-sync",
    });
  });

  it("uses strong ownership as the organisation default", async () => {
    const db = await demoDatabase();
    const component = await getComponent(db, "b-service");
    expect(component.effectiveOwnership).toEqual({ mode: "strong", source: "organisation" });
    expect(component.owners.map((t) => t.slug)).toEqual(["team-b"]);
  });

  it("derives a team's repositories and namespaces from the components it owns", async () => {
    const db = await demoDatabase();
    const sre = await getTeam(db, "sre");
    expect(sre.repositories.map((r) => r.slug)).toEqual(["sre-kubernetes"]);
    expect(sre.namespaces.map((n) => n.slug).sort()).toEqual(
      ["istio-egress", "istio-ingress", "istio-system", "x-infra"].flatMap((n) => [`prd-${n}`, `stg-${n}`]).sort(),
    );
  });

  it("loads all or nothing: a broken catalog leaves the database untouched", async () => {
    const { db } = freshDatabase();
    const broken = { ...DEMO_ORGANISATION, components: [...DEMO_ORGANISATION.components, { ...DEMO_ORGANISATION.components[0]!, slug: "bad", ownerTeamSlugs: ["nobody"] }] };
    await expect(loadCatalog(db, broken)).rejects.toThrow(/No team "nobody" exists/);
    expect(await db.team.count()).toBe(0);
    expect(await db.organisation.count()).toBe(0);
  });
});

describe("first start", () => {
  it("loads the demo organisation into a new database", async () => {
    const { db } = freshDatabase();
    expect(await initialiseCatalog(db, { loadDemo: true })).toBe("demo-loaded");
    expect(await db.component.count()).toBe(DEMO_ORGANISATION.components.length);
  });

  it("loads it only once, even after the user empties the catalog", async () => {
    const { db } = freshDatabase();
    await initialiseCatalog(db, { loadDemo: true });
    await db.componentDependency.deleteMany();
    await db.component.deleteMany();
    expect(await initialiseCatalog(db, { loadDemo: true })).toBe("already-initialised");
    expect(await db.component.count()).toBe(0);
  });

  it("never loads over data a user already has", async () => {
    const { db } = freshDatabase();
    await db.team.create({ data: { slug: "mine", name: "Mine", type: "platform" } });
    expect(await initialiseCatalog(db, { loadDemo: true })).toBe("empty");
    expect(await db.team.count()).toBe(1);
  });

  it("starts empty when the demo is switched off", async () => {
    const { db } = freshDatabase();
    expect(await initialiseCatalog(db, { loadDemo: false })).toBe("empty");
    expect(await db.team.count()).toBe(0);
  });
});
