import { describe, expect, it } from "vitest";
import { formatTargetDate, isPastDate } from "./target-date.ts";

describe("isPastDate", () => {
  it("counts the target day until its end", () => {
    expect(isPastDate("2027-03-31", new Date("2027-03-31T23:00:00Z"))).toBe(false);
    expect(isPastDate("2027-03-31", new Date("2027-04-01T00:00:01Z"))).toBe(true);
  });

  it("is false for a date it cannot read", () => {
    expect(isPastDate("someday")).toBe(false);
  });
});

describe("formatTargetDate", () => {
  it("keeps the calendar day whatever the time zone", () => {
    expect(formatTargetDate("2027-03-31")).toMatch(/31/);
    expect(formatTargetDate("not-a-date")).toBe("not-a-date");
  });
});
