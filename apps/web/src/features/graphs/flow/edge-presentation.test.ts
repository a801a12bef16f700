import { describe, expect, it } from "vitest";
import type { TViewEdge } from "../graph-types.ts";
import { EMPHASIS_COLOUR, presentEdge } from "./edge-presentation.ts";

const edge = (change: Partial<TViewEdge>): TViewEdge => ({ id: "e", source: "a", target: "b", kind: "depends-on", emphasis: false, count: 1, ...change });

describe("presentEdge", () => {
  it("marks upstream and downstream on directed context-map patterns and names the pattern", () => {
    const look = presentEdge(edge({ kind: "context-relationship", label: "U OHS D" }));
    expect(look).toMatchObject({ text: "OHS", ends: { source: "U", target: "D" }, arrow: true, title: "Open host service (upstream → downstream)" });
  });

  it("draws mutual patterns without direction", () => {
    const look = presentEdge(edge({ kind: "context-relationship", label: "SK" }));
    expect(look.arrow).toBe(false);
    expect(look.ends).toBeUndefined();
    expect(look.title).toBe("Shared kernel");
  });

  it("dashes asynchronous dependencies and emphasises cross-team ones in red", () => {
    expect(presentEdge(edge({ label: "async" })).className).toBe("relation relation--depends-on relation--async");
    const crossing = presentEdge(edge({ label: "sync", emphasis: true }));
    expect(crossing.className).toContain("relation--emphasis");
    expect(crossing.colour).toBe(EMPHASIS_COLOUR);
    expect(crossing.title).toBe("Crosses a team boundary");
  });

  it("explains a CIOps push as the anti-pattern it is", () => {
    expect(presentEdge(edge({ kind: "deploys", label: "CIOps push", emphasis: true })).title).toMatch(/anti-pattern/);
  });

  it("says how many relations a merged edge stands for", () => {
    expect(presentEdge(edge({ kind: "deploys", label: "Manual (Helmfile)", count: 2 })).text).toBe("Manual (Helmfile) ×2");
    expect(presentEdge(edge({ kind: "changes" })).text).toBe("changes");
  });
});
