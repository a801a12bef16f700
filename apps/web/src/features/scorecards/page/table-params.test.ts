import { describe, expect, it } from "vitest";
import { nextSort, readHeatMapGroup, readTableParams } from "./table-params.ts";

describe("readTableParams", () => {
  it("defaults to the lowest levels first, first page of 25", () => {
    expect(readTableParams(new URLSearchParams())).toEqual({ team: undefined, boundedContext: undefined, q: undefined, sort: "level", direction: "asc", offset: 0, limit: 25 });
  });

  it("reads filters, sort, direction and paging", () => {
    expect(readTableParams(new URLSearchParams("team=team-b&boundedContext=context-b&q= pay &sort=score&dir=desc&offset=50&limit=10"))).toEqual({
      team: "team-b",
      boundedContext: "context-b",
      q: "pay",
      sort: "score",
      direction: "desc",
      offset: 50,
      limit: 10,
    });
  });

  it("ignores values the API would refuse", () => {
    const params = readTableParams(new URLSearchParams("sort=colour&dir=up&offset=-3&limit=0"));
    expect(params).toMatchObject({ sort: "level", direction: "asc", offset: 0, limit: 25 });
  });

  it("sorts failing rules most first by default", () => {
    expect(readTableParams(new URLSearchParams("sort=failing")).direction).toBe("desc");
  });
});

describe("nextSort", () => {
  it("flips the direction of the current column", () => {
    expect(nextSort({ sort: "name", direction: "asc" }, "name")).toEqual({ sort: "name", direction: "desc" });
  });

  it("starts another column at its default direction", () => {
    expect(nextSort({ sort: "name", direction: "desc" }, "score")).toEqual({ sort: "score", direction: "asc" });
    expect(nextSort({ sort: "name", direction: "asc" }, "failing")).toEqual({ sort: "failing", direction: "desc" });
  });
});

describe("readHeatMapGroup", () => {
  it("groups by team unless bounded contexts are asked for", () => {
    expect(readHeatMapGroup(new URLSearchParams())).toBe("team");
    expect(readHeatMapGroup(new URLSearchParams("groupBy=boundedContext"))).toBe("boundedContext");
    expect(readHeatMapGroup(new URLSearchParams("groupBy=other"))).toBe("team");
  });
});
