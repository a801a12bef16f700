import { describe, expect, it } from "vitest";
import { safeNextPath } from "./next-path.ts";

describe("safeNextPath", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeNextPath("/teams/team-a")).toBe("/teams/team-a");
    expect(safeNextPath("/components?owner=team-b&page=2#list")).toBe("/components?owner=team-b&page=2#list");
  });

  it("goes home when there is nothing to go back to", () => {
    expect(safeNextPath(null)).toBe("/");
    expect(safeNextPath(undefined)).toBe("/");
    expect(safeNextPath("")).toBe("/");
  });

  it.each(["https://evil.example/", "//evil.example/path", "/\\evil.example", "javascript:alert(1)", "teams", " /teams", "http:/evil.example"])("refuses %s, which could leave the site", (next) => {
    expect(safeNextPath(next)).toBe("/");
  });

  it("does not return to the sign-in or setup pages", () => {
    expect(safeNextPath("/sign-in?next=/teams")).toBe("/");
    expect(safeNextPath("/setup?token=abc")).toBe("/");
  });
});
