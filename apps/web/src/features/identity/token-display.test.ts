import { describe, expect, it } from "vitest";
import { formatDay, tokenLifetimeOptions, tokenStatus } from "./token-display.ts";

describe("token lifetimes", () => {
  it("offer the server's default of 90 days and a year at most", () => {
    const values = tokenLifetimeOptions().map((option) => Number(option.value));
    expect(values).toContain(90);
    expect(Math.max(...values)).toBe(365);
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });
});

describe("tokenStatus", () => {
  it("labels each status with a tone", () => {
    expect(tokenStatus("active")).toEqual({ label: "Active", tone: "success" });
    expect(tokenStatus("revoked")).toEqual({ label: "Revoked", tone: "danger" });
  });

  it("shows a status it does not know as itself", () => {
    expect(tokenStatus("suspended")).toEqual({ label: "suspended", tone: "neutral" });
  });
});

describe("formatDay", () => {
  it("shows the day without the time", () => {
    const day = formatDay("2027-02-22T12:00:00.000Z");
    expect(day).toMatch(/2027/);
    expect(day).not.toMatch(/:/);
  });

  it("shows text that is not a date as itself", () => {
    expect(formatDay("soon")).toBe("soon");
  });
});
