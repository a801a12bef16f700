import { describe, expect, it } from "vitest";
import { emptyDatabase } from "../testing/index.ts";
import { claimJob, ensureJobs, finishJob, listJobs, renewClaim, requestJobRun } from "./job-store.ts";

const t0 = new Date("2026-11-24T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const LEASE = 60_000;
const done = (nextRunAt: Date) => ({ result: "ok" as const, summary: "Recorded 3 snapshots", finishedAt: at(500), nextRunAt });

describe("scheduled jobs in the database", () => {
  it("creates each job once, however many replicas ensure them", async () => {
    const db = await emptyDatabase();
    await Promise.all([ensureJobs(db, ["expiry", "session-cleanup"], t0), ensureJobs(db, ["expiry", "session-cleanup"], t0)]);
    await ensureJobs(db, ["expiry"], at(99_000));
    expect(await db.job.findMany({ orderBy: { name: "asc" }, select: { name: true, nextRunAt: true } })).toEqual([
      { name: "expiry", nextRunAt: t0 },
      { name: "session-cleanup", nextRunAt: t0 },
    ]);
  });

  it("lets exactly one of several replicas claim a due job", async () => {
    const db = await emptyDatabase();
    await ensureJobs(db, ["expiry"], t0);
    const claims = await Promise.all(["a", "b", "c", "d"].map((replica) => claimJob(db, "expiry", `replica-${replica}`, at(1), LEASE)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await db.jobRun.count()).toBe(1);
  });

  it("does not claim a job before it is due, nor while another replica's claim holds", async () => {
    const db = await emptyDatabase();
    await ensureJobs(db, ["expiry"], at(1000));
    expect(await claimJob(db, "expiry", "a", t0, LEASE)).toBeNull();
    expect(await claimJob(db, "expiry", "a", at(1000), LEASE)).not.toBeNull();
    expect(await claimJob(db, "expiry", "b", at(2000), LEASE)).toBeNull();
  });

  it("hands a job to another replica when the holder's lease lapsed (it died mid-run), and the dead holder can no longer finish it", async () => {
    const db = await emptyDatabase();
    await ensureJobs(db, ["expiry"], t0);
    const lost = (await claimJob(db, "expiry", "a", t0, LEASE))!;
    const taken = await claimJob(db, "expiry", "b", at(LEASE + 1), LEASE);
    expect(taken).not.toBeNull();
    expect(await renewClaim(db, "expiry", "a", at(2 * LEASE))).toBe(false);
    await finishJob(db, lost, "a", done(at(999_999)));
    expect(await db.job.findUniqueOrThrow({ where: { name: "expiry" } })).toMatchObject({ lockedBy: "b", nextRunAt: t0 });
  });

  it("records the run and schedules the next one when it finishes", async () => {
    const db = await emptyDatabase();
    await ensureJobs(db, ["expiry"], t0);
    const claim = (await claimJob(db, "expiry", "a", t0, LEASE))!;
    await finishJob(db, claim, "a", done(at(15 * 60_000)));
    const [job] = await listJobs(db, at(1000));
    expect(job).toMatchObject({ name: "expiry", title: "Waiver and initiative expiry", status: "ok", runningOn: null, lastDurationMs: 500, lastSummary: "Recorded 3 snapshots", nextRunAt: at(15 * 60_000) });
    expect(job!.runs).toEqual([expect.objectContaining({ trigger: "schedule", replica: "a", result: "ok", durationMs: 500 })]);
    expect(await claimJob(db, "expiry", "b", at(1000), LEASE)).toBeNull();
  });

  it("runs a job asked for by hand at once, naming who asked, and refuses to ask while it runs", async () => {
    const db = await emptyDatabase();
    await ensureJobs(db, ["expiry"], at(3_600_000));
    await requestJobRun(db, "expiry", "ada@example.com", t0);
    expect((await listJobs(db, t0))[0]).toMatchObject({ status: "requested", requestedBy: "ada@example.com" });
    const claim = (await claimJob(db, "expiry", "a", t0, LEASE))!;
    expect(claim).toMatchObject({ trigger: "hand", requestedBy: "ada@example.com" });
    await expect(requestJobRun(db, "expiry", "ken@example.com", at(1))).rejects.toThrow(/running on a since/);
    await finishJob(db, claim, "a", done(at(3_600_000)));
    expect((await listJobs(db, at(1000)))[0]).toMatchObject({ status: "ok", requestedBy: null });
  });

  it("makes the row of a job asked for before any scheduler started", async () => {
    const db = await emptyDatabase();
    await requestJobRun(db, "expiry", "ada@example.com", t0);
    expect(await claimJob(db, "expiry", "a", t0, LEASE)).toMatchObject({ trigger: "hand", requestedBy: "ada@example.com" });
  });
});
