import { describe, expect, it } from "vitest";
import { nextMaxNodes, readFilter, readViewState, withChanges } from "./url-state.ts";

describe("readFilter", () => {
  it("reads only the filters the view takes, and drops unknown component kinds", () => {
    const params = new URLSearchParams("teamSlug=team-b&clusterSlug=prd&componentKind=robot&boundedContextSlug=context-b");
    expect(readFilter(params, ["teamSlug", "componentKind"])).toEqual({ teamSlug: "team-b", maxNodes: 1500 });
    expect(readFilter(new URLSearchParams("componentKind=bff"), ["componentKind"])).toEqual({ componentKind: "bff", maxNodes: 1500 });
  });

  it("clamps the cap to what the server allows", () => {
    expect(readFilter(new URLSearchParams("maxNodes=3000"), []).maxNodes).toBe(3000);
    expect(readFilter(new URLSearchParams("maxNodes=999999"), []).maxNodes).toBe(10_000);
    expect(readFilter(new URLSearchParams("maxNodes=-4"), []).maxNodes).toBe(1500);
    expect(readFilter(new URLSearchParams("maxNodes=abc"), []).maxNodes).toBe(1500);
  });
});

describe("readViewState", () => {
  it("falls back to the view's defaults for missing or unknown values", () => {
    const state = readViewState(new URLSearchParams("groupBy=planet&collapsed=group:mesh:prd,group:organisation&tab=mermaid"), { groupBy: "server", colourBy: "team" });
    expect(state).toEqual({ groupBy: "server", colourBy: "team", collapsed: ["group:mesh:prd", "group:organisation"], tab: "mermaid" });
  });
});

describe("withChanges", () => {
  it("sets values, removes empty ones and defaults, and joins lists", () => {
    const next = withChanges(new URLSearchParams("teamSlug=team-a&groupBy=team"), { teamSlug: undefined, groupBy: "server", collapsed: ["a", "b"], maxNodes: 3000 }, { groupBy: "server" });
    expect(next.toString()).toBe("collapsed=a%2Cb&maxNodes=3000");
  });
});

describe("nextMaxNodes", () => {
  it("doubles up to the server's limit", () => {
    expect(nextMaxNodes(1500)).toBe(3000);
    expect(nextMaxNodes(8000)).toBe(10_000);
  });
});
