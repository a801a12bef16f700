import {
  ZBulkSetAnswerInputSchema,
  ZInitiativeCreateSchema,
  ZInitiativeUpdateSchema,
  ZRecordDecisionInputSchema,
  ZScorecardUpsertSchema,
  ZSetAnswerInputSchema,
  ZWaiverCreateSchema,
  type TAuditContext,
  type TAuditEntityKind,
  type TFinding,
} from "@topograph/domain";
import { describe, expect, it } from "vitest";
import { loadAttributionCatalog } from "../evidence/attribution-catalog.ts";
import { recordScan } from "../evidence/scans.ts";
import { bulkSetChecklistAnswer, setChecklistAnswer } from "../practices/checklist.ts";
import { recordDecision } from "../practices/decision.ts";
import { deleteScorecard, getStoredScorecard, upsertScorecard } from "../scorecards/definitions.ts";
import { createInitiative, deleteInitiative, updateInitiative } from "../scorecards/initiatives.ts";
import { createWaiver, revokeWaiver } from "../scorecards/waivers.ts";
import { demoDatabase } from "../testing/index.ts";
import { runAudited } from "./audit-context.ts";
import { listAuditEntries } from "./list-audit.ts";

const ada: TAuditContext = { actor: { userId: "u-ada", label: "Ada <ada@example.com>" }, via: "api-token", correlationId: "req-1" };
type TDatabase = Awaited<ReturnType<typeof demoDatabase>>;
/** One entity's history, newest first, as the API reads it. */
const history = async (db: TDatabase, kind: TAuditEntityKind, slug: string) => (await listAuditEntries(db, { entity: { kind, slug }, limit: 50 })).items;
const bService = { kind: "component" as const, slug: "b-service" };

describe("the audit log of practices, scorecards and evidence", () => {
  it("records a checklist answer: create with the full answer, update with what changed, by the caller", async () => {
    const db = await demoDatabase({ practices: false, scorecards: false });
    const answer = { scope: bService, itemId: "scaling.pod.pdb", answeredBy: "Daichi" };
    await runAudited(ada, () => setChecklistAnswer(db, ZSetAnswerInputSchema.parse({ ...answer, status: "adopted", evidenceLinks: ["https://example.com/pdb"] })));
    await runAudited(ada, () => setChecklistAnswer(db, ZSetAnswerInputSchema.parse({ ...answer, status: "partial", note: "Missing on the worker", version: 1 })));
    const [update, create] = await history(db, "checklist-answer", "component:b-service|scaling.pod.pdb");
    expect(create).toMatchObject({
      action: "create",
      entityKind: "checklist-answer",
      entityKey: "component:b-service|scaling.pod.pdb",
      via: "api-token",
      actorUserId: "u-ada",
      correlationId: "req-1",
      before: null,
      after: { scope: "component:b-service", itemId: "scaling.pod.pdb", status: "adopted", note: "", evidenceLinks: ["https://example.com/pdb"], answeredBy: "Daichi" },
    });
    expect(update).toMatchObject({ action: "update", via: "api-token", before: { status: "adopted", note: "", evidenceLinks: ["https://example.com/pdb"] }, after: { status: "partial", note: "Missing on the worker", evidenceLinks: [] } });
    expect(Object.keys(update!.after!).sort()).toEqual(["evidenceLinks", "note", "status"]);
  });

  it("records a bulk answer as one entry per checklist, under one correlation id; a refused bulk answer leaves none", async () => {
    const db = await demoDatabase({ practices: false, scorecards: false });
    const scopes = [bService, { kind: "component" as const, slug: "a-service" }];
    await runAudited(ada, () => bulkSetChecklistAnswer(db, ZBulkSetAnswerInputSchema.parse({ scopes, itemId: "scaling.pod.pdb", status: "adopted", answeredBy: "Daichi" })));
    const entries = (await listAuditEntries(db, { correlationId: "req-1", limit: 50 })).items;
    expect(entries.map((e) => [e.entityKind, e.entityKey, e.action, e.via]).sort()).toEqual([
      ["checklist-answer", "component:a-service|scaling.pod.pdb", "create", "api-token"],
      ["checklist-answer", "component:b-service|scaling.pod.pdb", "create", "api-token"],
    ]);
    const refused = ZBulkSetAnswerInputSchema.parse({ scopes: [bService, { kind: "component", slug: "no-such" }], itemId: "scaling.pod.hpa", status: "adopted", answeredBy: "D" });
    await expect(runAudited({ ...ada, correlationId: "req-2" }, () => bulkSetChecklistAnswer(db, refused))).rejects.toMatchObject({ code: "INVALID" });
    expect((await listAuditEntries(db, { correlationId: "req-2", limit: 50 })).items).toEqual([]);
  });

  it("records a decision, and the catalog setting it changes as that entity's own update", async () => {
    const db = await demoDatabase({ practices: false, scorecards: false });
    const decide = (alternativeId: string, version?: number) =>
      runAudited(ada, () => recordDecision(db, ZRecordDecisionInputSchema.parse({ scope: bService, decisionPointId: "ownership.mode", alternativeId, rationale: "Inner source", decidedBy: "Aiko", version })));
    const was = (await db.component.findUniqueOrThrow({ where: { slug: "b-service" }, select: { ownershipMode: true } })).ownershipMode;
    await decide("collective");
    await decide("strong", 1);
    const [update, create] = await history(db, "decision", "component:b-service|ownership.mode");
    expect(create).toMatchObject({ action: "create", via: "api-token", before: null, after: { scope: "component:b-service", decisionPointId: "ownership.mode", alternativeId: "collective", rationale: "Inner source", decidedBy: "Aiko" } });
    expect(update).toMatchObject({ action: "update", before: { alternativeId: "collective" }, after: { alternativeId: "strong" } });
    expect(Object.keys(update!.after!)).toEqual(["alternativeId"]);
    const component = (await history(db, "component", "b-service")).filter((e) => e.correlationId === "req-1");
    expect(component.map((e) => [e.action, e.via, e.before, e.after])).toEqual([
      ["update", "api-token", { ownershipMode: "collective" }, { ownershipMode: "strong" }],
      ["update", "api-token", { ownershipMode: was }, { ownershipMode: "collective" }],
    ]);
  });

  it("records a scorecard's create, update (rules by content) and delete, and built-ins as the system's creates", async () => {
    const db = await demoDatabase({ practices: false });
    const { definition, version } = await getStoredScorecard(db, "deployment-readiness");
    const copy = ZScorecardUpsertSchema.parse({ ...definition, slug: "readiness-copy", name: "Readiness copy" });
    await runAudited(ada, () => upsertScorecard(db, copy));
    await runAudited(ada, () => upsertScorecard(db, { ...copy, description: "Edited", version: 1 }));
    await runAudited(ada, () => deleteScorecard(db, "readiness-copy", 2));
    const [deleted, update, create] = await history(db, "scorecard", "readiness-copy");
    expect(create).toMatchObject({ action: "create", via: "api-token", entityName: "Readiness copy", before: null, after: { slug: "readiness-copy", builtIn: false, entityKind: definition.entityKind, ladder: definition.ladder } });
    expect((create!.after!.rules as { ruleId: string }[]).map((r) => r.ruleId)).toEqual(definition.rules.map((r) => r.id));
    expect(update).toMatchObject({ action: "update", before: { description: definition.description }, after: { description: "Edited" } });
    expect(Object.keys(update!.after!)).toEqual(["description"]);
    expect(deleted).toMatchObject({ action: "delete", after: null, before: { slug: "readiness-copy", description: "Edited" } });
    // Built-ins installed at start-up are the system's creates.
    expect((await history(db, "scorecard", "deployment-readiness")).map((e) => [e.action, e.via, e.actorLabel])).toEqual([["create", "system", "system"]]);
    expect(version).toBe(1);
  });

  it("records a waiver's grant as a create and its revoke as an update", async () => {
    const db = await demoDatabase({ practices: false });
    const now = new Date("2026-11-23T10:00:00Z");
    const input = ZWaiverCreateSchema.parse({ scorecardId: "deployment-readiness", ruleId: "deploy.probes.liveness", entity: bService, reason: "Liveness endpoint ships with release 4.2", expiresAt: "2027-01-31", grantedBy: "Mai" });
    const { id } = await runAudited(ada, () => createWaiver(db, input, now));
    await runAudited(ada, () => revokeWaiver(db, { id, revokedBy: "Ken" }, new Date("2026-11-24T10:00:00Z")));
    const [revoke, grant] = await history(db, "waiver", id);
    expect(grant).toMatchObject({
      action: "create",
      via: "api-token",
      entityName: "deployment-readiness/deploy.probes.liveness for component:b-service",
      before: null,
      after: { scorecard: "deployment-readiness", ruleId: "deploy.probes.liveness", entity: "component:b-service", reason: input.reason, grantedBy: "Mai", grantedAt: now.toISOString(), revokedAt: null, revokedBy: null },
    });
    expect(revoke).toMatchObject({ action: "update", before: { revokedAt: null, revokedBy: null }, after: { revokedAt: "2026-11-24T10:00:00.000Z", revokedBy: "Ken" } });
  });

  it("records an initiative's create, update and delete", async () => {
    const db = await demoDatabase({ practices: false });
    const created = await runAudited(ada, () =>
      createInitiative(db, ZInitiativeCreateSchema.parse({ name: "Microservices at Silver", scorecardId: "resilience-and-scaling", targetLevel: "Silver", targetDate: "2027-03-31", filter: { componentKinds: ["microservice"] } })),
    );
    const updated = await runAudited(ada, () => updateInitiative(db, ZInitiativeUpdateSchema.parse({ id: created.id, version: created.version, targetDate: "2027-06-30" })));
    await runAudited(ada, () => deleteInitiative(db, { id: created.id, version: updated.version }));
    const [deleted, update, create] = await history(db, "initiative", "microservices-at-silver");
    expect(create).toMatchObject({
      action: "create",
      via: "api-token",
      before: null,
      after: { slug: "microservices-at-silver", name: "Microservices at Silver", scorecard: "resilience-and-scaling", targetLevel: "Silver", targetDate: "2027-03-31", filter: { componentKinds: ["microservice"] }, ownerTeam: null },
    });
    expect(update).toMatchObject({ action: "update", before: { targetDate: "2027-03-31" }, after: { targetDate: "2027-06-30" } });
    expect(Object.keys(update!.after!)).toEqual(["targetDate"]);
    expect(deleted).toMatchObject({ action: "delete", after: null, before: { slug: "microservices-at-silver", targetDate: "2027-06-30" } });
  });

  it("records one entry per evidence scan, with its counts, not one per finding; a re-scan of the same commit records nothing", async () => {
    const db = await demoDatabase({ practices: false });
    const finding = (checkId: string, status: "pass" | "fail", line: number): TFinding => ({
      checkId,
      practiceId: "deploy.probes.readiness",
      status,
      severity: "high" as const,
      object: { kind: "Deployment", namespace: null, name: "b-service" },
      file: "deployment.yaml",
      line,
      message: checkId,
      remediation: "",
    });
    const record = {
      source: { kind: "directory", path: "/repo" },
      sourceKey: "directory:/repo",
      commit: "abc123",
      catalog: await loadAttributionCatalog(db, "b-service"),
      result: { files: 3, findings: [finding("probes.readiness", "pass", 10), finding("probes.readiness", "fail", 40)], errors: [] },
      startedAt: new Date("2026-11-23T10:00:00Z"),
      finishedAt: new Date("2026-11-23T10:00:05Z"),
    };
    const { id } = await runAudited(ada, () => recordScan(db, record));
    expect(await runAudited(ada, () => recordScan(db, record))).toEqual({ id, reused: true });
    const entries = await history(db, "evidence-scan", id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: "create",
      via: "api-token",
      entityName: "directory:/repo @ abc123",
      before: null,
      after: { sourceKey: "directory:/repo", commit: "abc123", component: "b-service", files: 3, errors: 0, findings: 2, source: record.source, finishedAt: "2026-11-23T10:00:05.000Z" },
    });
    expect(await db.auditEntry.count({ where: { entityKind: "evidence-scan" } })).toBe(1);
  });
});
