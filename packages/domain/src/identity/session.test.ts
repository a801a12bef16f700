import { describe, expect, it } from "vitest";
import { hasExpired, lastSeenIsStale, sessionExpiry } from "./session.ts";

const now = new Date("2026-03-01T12:00:00Z");

describe("session lifetime", () => {
  it("lasts fourteen days and is expired from its expiry instant on", () => {
    const expiry = sessionExpiry(now);
    expect(expiry.toISOString()).toBe("2026-03-15T12:00:00.000Z");
    expect(hasExpired(expiry, new Date(expiry.getTime() - 1))).toBe(false);
    expect(hasExpired(expiry, expiry)).toBe(true);
  });

  it("records last-seen at most once a minute", () => {
    expect(lastSeenIsStale(null, now)).toBe(true);
    expect(lastSeenIsStale(new Date(now.getTime() - 59_000), now)).toBe(false);
    expect(lastSeenIsStale(new Date(now.getTime() - 60_000), now)).toBe(true);
  });
});
