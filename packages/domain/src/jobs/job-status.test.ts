import { describe, expect, it } from "vitest";
import { isClaimed, jobStatus, nextRunAfter, type TJobState } from "./job-status.ts";

const now = new Date("2026-11-24T10:00:00Z");
const idle: TJobState = { nextRunAt: now, lockedBy: null, lockedUntil: null, lastResult: null, requestedBy: null };

describe("job status", () => {
  it("is never-run until a run finishes, then the last run's result", () => {
    expect(jobStatus(idle, now)).toBe("never-run");
    expect(jobStatus({ ...idle, lastResult: "ok" }, now)).toBe("ok");
    expect(jobStatus({ ...idle, lastResult: "failed" }, now)).toBe("failed");
  });

  it("is running while a replica holds a claim that has not lapsed", () => {
    const claimed = { ...idle, lastResult: "ok", lockedBy: "replica-a", lockedUntil: new Date(now.getTime() + 1000) };
    expect(isClaimed(claimed, now)).toBe(true);
    expect(jobStatus(claimed, now)).toBe("running");
  });

  it("does not count a lapsed claim (the replica died mid-run)", () => {
    const lapsed = { ...idle, lastResult: "ok", lockedBy: "replica-a", lockedUntil: new Date(now.getTime() - 1) };
    expect(isClaimed(lapsed, now)).toBe(false);
    expect(jobStatus(lapsed, now)).toBe("ok");
  });

  it("is requested when someone asked for a run that has not started", () => {
    expect(jobStatus({ ...idle, lastResult: "ok", requestedBy: "ada@example.com" }, now)).toBe("requested");
  });

  it("schedules the next run an interval after the last one finished", () => {
    expect(nextRunAfter(now, 15 * 60 * 1000).toISOString()).toBe("2026-11-24T10:15:00.000Z");
  });
});
