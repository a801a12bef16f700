import { DEMO_ORGANISATION, importBackstageFiles, type TImportedCatalog } from "@topograph/domain";
import { describe, expect, it } from "vitest";
import { componentAudit, namespaceAudit, repositoryAudit, teamAudit } from "../audit/catalog-subjects.ts";
import { demoDatabase, emptyDatabase } from "../testing/index.ts";
import { exportBackstage, readCatalogData } from "./export-backstage.ts";
import { importBackstage } from "./import-backstage.ts";

const { checklistAnswers: _answers, decisions: _decisions, ...DEMO_CATALOG } = DEMO_ORGANISATION;

/** Sorts every list and every object's keys, deeply, so catalogs compare regardless of order. */
function unordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unordered).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, unordered(v)]));
  return value;
}

function mapped(text: string): TImportedCatalog {
  const result = importBackstageFiles([{ file: "catalog-info.yaml", text }]);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.catalog;
}

const PLAIN = `apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: payments }
spec: { type: team, children: [] }
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: payment-service
  annotations: { backstage.io/kubernetes-namespace: payments }
spec: { type: service, lifecycle: production, owner: payments }
`;

describe("Backstage files in the database", () => {
  it("round-trips the demo organisation: export, import into an empty database, the same catalog", async () => {
    const { text } = await exportBackstage(await demoDatabase());
    const db = await emptyDatabase();
    const result = await importBackstage(db, mapped(text));
    expect(result.organisationUpdated).toBe(true);
    expect(result.created.component).toHaveLength(DEMO_CATALOG.components.length);
    expect(result.created.contextRelationship).toHaveLength(DEMO_CATALOG.contextRelationships.length);
    expect(Object.values(result.updated).flat()).toEqual([]);
    expect(unordered(await readCatalogData(db))).toEqual(unordered(DEMO_CATALOG));
  });

  it("finds entries by slug on a second import: the unchanged ones are left alone, the changed ones updated, nothing duplicated", async () => {
    const db = await demoDatabase();
    const before = await readCatalogData(db);
    const auditEntries = await db.auditEntry.count();
    const versions = await db.component.findMany({ select: { slug: true, version: true }, orderBy: { slug: "asc" } });
    const again = await importBackstage(db, mapped((await exportBackstage(db)).text));
    expect(Object.values(again.created).flat()).toEqual([]);
    expect(Object.values(again.updated).flat()).toEqual([]);
    expect(again.unchanged.team).toHaveLength(DEMO_CATALOG.teams.length);
    expect(again.unchanged.component).toHaveLength(DEMO_CATALOG.components.length);
    expect(again.kept.contextRelationship).toHaveLength(DEMO_CATALOG.contextRelationships.length);
    expect(unordered(await readCatalogData(db))).toEqual(unordered(before));
    expect(await db.team.count()).toBe(DEMO_CATALOG.teams.length);
    expect(await db.auditEntry.count()).toBe(auditEntries);
    expect(await db.component.findMany({ select: { slug: true, version: true }, orderBy: { slug: "asc" } })).toEqual(versions);

    const edited = mapped((await exportBackstage(db)).text);
    const [first, ...others] = edited.components;
    const changed = await importBackstage(db, { ...edited, components: [{ ...first!, description: "Rewritten in the files." }, ...others] });
    expect(changed.updated.component).toEqual([first!.slug]);
    expect(changed.unchanged.component).toHaveLength(others.length);
    expect((await db.component.findUniqueOrThrow({ where: { slug: first!.slug! } })).description).toBe("Rewritten in the files.");
  });

  it("creates implied namespaces and clusters once and keeps later edits to them", async () => {
    const db = await emptyDatabase();
    const first = await importBackstage(db, mapped(PLAIN));
    expect(first.created).toMatchObject({ team: ["payments"], component: ["payment-service"], namespace: ["backstage-payments"], cluster: ["backstage"], environment: ["backstage"] });
    await db.namespace.update({ where: { slug: "backstage-payments" }, data: { meshMembership: "sidecar" } });
    const second = await importBackstage(db, mapped(PLAIN));
    expect(second.kept).toMatchObject({ namespace: ["backstage-payments"], cluster: ["backstage"], environment: ["backstage"] });
    expect(second.unchanged).toMatchObject({ team: ["payments"], component: ["payment-service"] });
    expect((await db.namespace.findUniqueOrThrow({ where: { slug: "backstage-payments" } })).meshMembership).toBe("sidecar");
  });

  it("writes all or nothing: a reference to an unknown team leaves the database as it was", async () => {
    const db = await emptyDatabase();
    const broken = mapped(PLAIN.replace("owner: payments }", "owner: treasury }"));
    await expect(importBackstage(db, broken)).rejects.toThrow('Component "payment-service": ownerTeamSlugs: No team "treasury" exists.');
    expect(await db.team.count()).toBe(0);
    expect(await db.namespace.count()).toBe(0);
  });

  it("records every entry it writes in the audit log as made through the import", async () => {
    const db = await emptyDatabase();
    await importBackstage(db, mapped(PLAIN));
    const entries = await db.auditEntry.findMany({ where: { via: "import" } });
    expect(entries.map((e) => [e.action, e.entityKind, e.entityKey])).toEqual(expect.arrayContaining([["create", "team", "payments"], ["create", "component", "payment-service"]]));
    expect(new Set(entries.map((e) => e.correlationId)).size).toBe(1);
  });

  it("writes new entries next to existing ones: a new component names existing teams and namespaces, and an existing component comes to depend on it", async () => {
    const db = await demoDatabase();
    const catalog = mapped((await exportBackstage(db)).text);
    const ledger = { ...catalog.components.find((c) => c.slug === "b-service")!, slug: "ledger", name: "Ledger", repositorySlugs: [], dependencies: [{ componentSlug: "b-service", style: "async" as const }] };
    const components = catalog.components.map((c) => (c.slug === "a-service" ? { ...c, dependencies: [...c.dependencies, { componentSlug: "ledger", style: "sync" as const }] } : c));
    const result = await importBackstage(db, { ...catalog, components: [...components, ledger] });
    expect(result.created.component).toEqual(["ledger"]);
    expect(result.updated.component).toContain("a-service");
    const stored = (await readCatalogData(db)).components;
    expect(stored.find((c) => c.slug === "ledger")).toMatchObject({ name: "Ledger", ownerTeamSlugs: ["team-b"], namespaceSlugs: ledger.namespaceSlugs, dependencies: [{ componentSlug: "b-service", style: "async" }] });
    expect(stored.find((c) => c.slug === "a-service")!.dependencies).toContainEqual({ componentSlug: "ledger", style: "sync" });
    const entries = await db.auditEntry.findMany({ where: { via: "import", entityKey: "ledger" } });
    expect(entries.map((e) => [e.action, JSON.parse(e.after!).dependencies])).toEqual([["create", [{ component: "b-service", style: "async" }]]]);
  });

  it("records one create entry per new entry, showing it as the log shows it once the import is done", async () => {
    const db = await emptyDatabase();
    const result = await importBackstage(db, mapped((await exportBackstage(await demoDatabase())).text));
    const creates = await db.auditEntry.findMany({ where: { via: "import", action: "create" } });
    for (const [kind, subject, table] of [
      ["component", componentAudit, db.component],
      ["repository", repositoryAudit, db.repository],
      ["team", teamAudit, db.team],
      ["namespace", namespaceAudit, db.namespace],
    ] as const) {
      const ofKind = creates.filter((e) => e.entityKind === subject.kind);
      expect(ofKind.map((e) => e.entityKey).sort()).toEqual([...result.created[kind]].sort());
      for (const entry of ofKind) {
        const { id } = await (table as typeof db.team).findUniqueOrThrow({ where: { slug: entry.entityKey }, select: { id: true } });
        expect(JSON.parse(entry.after!)).toEqual(JSON.parse(JSON.stringify((await subject.read(db, id))!.fields)));
      }
    }
  });

  it("refuses a new namespace whose name its cluster already holds, naming the entry", async () => {
    const db = await demoDatabase();
    const catalog = mapped((await exportBackstage(db)).text);
    const taken = catalog.namespaces[0]!;
    await expect(importBackstage(db, { ...catalog, namespaces: [...catalog.namespaces, { ...taken, slug: "another-slug" }] })).rejects.toThrow(
      `Namespace "another-slug": The cluster already has a namespace "${taken.name}".`,
    );
  });

  it("lets the last of several declarations of one team pair stand, as if each were declared in turn", async () => {
    const db = await demoDatabase();
    const catalog = mapped((await exportBackstage(db)).text);
    const declared = catalog.teamInteractions![0]!;
    const other = { ...declared, description: "Another way of working together." };
    const result = await importBackstage(db, { ...catalog, teamInteractions: [other, declared] });
    expect(result.created.teamInteraction).toHaveLength(2);
    const stored = (await readCatalogData(db)).teamInteractions!.filter((i) => i.teamSlug === declared.teamSlug && i.withTeamSlug === declared.withTeamSlug);
    expect(stored).toEqual([declared]);
  });
});
