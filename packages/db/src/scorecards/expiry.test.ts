import { ZInitiativeCreateSchema, ZWaiverCreateSchema } from "@topograph/domain";
import { describe, expect, it } from "vitest";
import { listAuditEntries } from "../audit/list-audit.ts";
import { demoDatabase } from "../testing/index.ts";
import { closeDueInitiatives, noteExpiredWaivers } from "./expiry.ts";
import { createInitiative, getInitiative } from "./initiatives.ts";
import { createWaiver } from "./waivers.ts";

const granted = new Date("2026-11-01T10:00:00Z");
const waiverFor = (ruleId: string, expiresAt: string) =>
  ZWaiverCreateSchema.parse({ scorecardId: "deployment-readiness", ruleId, entity: { kind: "component", slug: "b-service" }, reason: "Ships with release 4.2", expiresAt, grantedBy: "Mai" });

describe("expiry", () => {
  it("notes each lapsed waiver once, in the audit log, and leaves live and revoked ones alone", async () => {
    const db = await demoDatabase({ practices: false });
    const lapsed = await createWaiver(db, waiverFor("deploy.probes.liveness", "2026-11-20"), granted);
    await createWaiver(db, waiverFor("deploy.probes.readiness", "2027-01-31"), granted);
    const now = new Date("2026-11-24T10:00:00Z");

    expect(await noteExpiredWaivers(db, now)).toBe(1);
    expect(await noteExpiredWaivers(db, new Date("2026-11-24T11:00:00Z"))).toBe(0);
    const entries = (await listAuditEntries(db, { entity: { kind: "waiver", slug: lapsed.id }, limit: 10 })).items;
    expect(entries[0]).toMatchObject({ action: "update", via: "system", before: { expiredAt: null }, after: { expiredAt: now.toISOString() } });
    expect(entries).toHaveLength(2);
  });

  it("closes an initiative the day after its target date with the outcome on that day, once", async () => {
    const db = await demoDatabase({ practices: false });
    const input = (name: string, targetDate: string) => ZInitiativeCreateSchema.parse({ name, scorecardId: "resilience-and-scaling", targetLevel: "Silver", targetDate });
    await createInitiative(db, input("Due yesterday", "2026-11-23"));
    await createInitiative(db, input("Due today", "2026-11-24"));
    const now = new Date("2026-11-24T10:00:00Z");
    const before = await getInitiative(db, "due-yesterday", now);

    expect(await closeDueInitiatives(db, now)).toBe(1);
    expect(await closeDueInitiatives(db, now)).toBe(0);
    const closed = await getInitiative(db, "due-yesterday", now);
    expect(closed.closed).toEqual({ at: now, inScope: before.status.inScope, done: before.status.done, percent: before.status.percent });
    expect(before.status.inScope).toBeGreaterThan(0);
    expect((await getInitiative(db, "due-today", now)).closed).toBeNull();
    const [entry] = (await listAuditEntries(db, { entity: { kind: "initiative", slug: "due-yesterday" }, limit: 10 })).items;
    expect(entry).toMatchObject({ action: "update", after: { closedAt: now.toISOString(), finalInScope: before.status.inScope, finalDone: before.status.done } });
  });
});
