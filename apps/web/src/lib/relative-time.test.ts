import { describe, expect, it } from "vitest";
import { formatRelativeTime } from "./relative-time.ts";

describe("formatRelativeTime", () => {
  const now = new Date("2026-11-24T12:00:00Z");

  it("says how long ago in the largest whole unit", () => {
    expect(formatRelativeTime("2026-11-24T11:55:00Z", now, "en")).toBe("5 minutes ago");
    expect(formatRelativeTime("2026-11-24T09:00:00Z", now, "en")).toBe("3 hours ago");
    expect(formatRelativeTime("2026-11-23T12:00:00Z", now, "en")).toBe("yesterday");
    expect(formatRelativeTime("2026-11-03T12:00:00Z", now, "en")).toBe("3 weeks ago");
  });

  it("calls the last minute now, and gives nothing for a value that is no date", () => {
    expect(formatRelativeTime("2026-11-24T11:59:30Z", now, "en")).toBe("now");
    expect(formatRelativeTime("not a date", now, "en")).toBe("");
  });
});
