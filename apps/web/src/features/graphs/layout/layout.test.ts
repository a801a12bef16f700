import ELK from "elkjs/lib/elk.bundled.js";
import { describe, expect, it } from "vitest";
import { collapseGroups } from "../collapse.ts";
import { layoutRequestOf } from "../layout-request.ts";
import { syntheticGraph } from "../synthetic-graph.ts";
import { demoContextMap, demoOwnership } from "../test-graphs.ts";
import { chooseStrategy, DETAILED_LIMIT, FAST_LIMIT, layoutGraph } from "./layout.ts";
import type { TLayoutRequest, TLayoutResult } from "./layout-types.ts";

const elk = new ELK();
const requestOf = (graph = demoOwnership({ clusterSlug: "prd" }), direction: "RIGHT" | "DOWN" = "RIGHT") => layoutRequestOf(collapseGroups(graph, new Set()), direction);

/** Every box and container sits inside its parent's bounds, and no two siblings overlap. */
function expectNested(request: TLayoutRequest, result: TLayoutResult) {
  const parentOf = new Map<string, string | undefined>([...request.boxes, ...request.containers].map((e) => [e.id, e.parentId]));
  const siblings = new Map<string, string[]>();
  for (const [id, parent] of parentOf) {
    const place = result.placements[id]!;
    expect(place, id).toBeDefined();
    if (parent) {
      const frame = result.placements[parent]!;
      expect(place.x + place.width, `${id} inside ${parent}`).toBeLessThanOrEqual(frame.width + 0.5);
      expect(place.y + place.height, `${id} inside ${parent}`).toBeLessThanOrEqual(frame.height + 0.5);
    }
    siblings.set(parent ?? "", [...(siblings.get(parent ?? "") ?? []), id]);
  }
  for (const ids of siblings.values()) {
    for (const a of ids) {
      for (const b of ids) {
        if (a >= b) continue;
        const p = result.placements[a]!;
        const q = result.placements[b]!;
        const overlap = p.x < q.x + q.width - 0.5 && q.x < p.x + p.width - 0.5 && p.y < q.y + q.height - 0.5 && q.y < p.y + p.height - 0.5;
        expect(overlap, `${a} overlaps ${b}`).toBe(false);
      }
    }
  }
}

describe("chooseStrategy", () => {
  const sized = (boxes: number, links: number): TLayoutRequest => ({
    direction: "RIGHT",
    containers: [],
    boxes: Array.from({ length: boxes }, (_, i) => ({ id: `n${i}`, width: 100, height: 40 })),
    links: Array.from({ length: links }, (_, i) => ({ id: `l${i}`, source: "n0", target: `n${i % boxes}` })),
  });

  it("draws small graphs in detail, medium ones fast, and large ones with the linear-time layout", () => {
    expect(chooseStrategy(requestOf())).toBe("elk-detailed");
    expect(chooseStrategy(sized(DETAILED_LIMIT.elements + 1, 10))).toBe("elk-fast");
    expect(chooseStrategy(sized(100, DETAILED_LIMIT.links + 1))).toBe("elk-fast");
    expect(chooseStrategy(sized(FAST_LIMIT.elements + 1, 10))).toBe("quick");
    expect(chooseStrategy(sized(5000, 8000))).toBe("quick");
  });
});

describe("layoutGraph", () => {
  it("lays out the demo ownership graph in detail: groups hold their members, edges are routed", async () => {
    const request = requestOf();
    const result = await layoutGraph(request, elk);
    expect(result.strategy).toBe("elk-detailed");
    expectNested(request, result);
    expect(Object.keys(result.routes ?? {})).toHaveLength(request.links.length);
    // Flow runs left to right: a team, its application repository, then its namespace.
    const absoluteX = (id: string) => {
      let x = 0;
      for (let at: string | undefined = id; at; at = [...request.boxes, ...request.containers].find((e) => e.id === at)?.parentId) x += result.placements[at]!.x;
      return x;
    };
    expect(absoluteX("repository:b-service-app")).toBeGreaterThan(absoluteX("team:team-b"));
    expect(absoluteX("namespace:prd-b-service")).toBeGreaterThan(absoluteX("repository:b-service-kubernetes"));
  });

  it("lays out the context map downwards, upstream above downstream", async () => {
    const request = requestOf(demoContextMap(), "DOWN");
    const result = await layoutGraph(request, elk);
    const y = (slug: string) => result.placements[`bounded-context:${slug}`]!.y;
    expect(y("context-b")).toBeLessThan(y("context-a"));
    expect(y("context-a")).toBeLessThan(y("context-x"));
  });

  it("gives the same answer with every strategy's nesting rules", async () => {
    const request = requestOf(demoOwnership());
    for (const strategy of ["elk-detailed", "elk-fast", "quick"] as const) {
      const result = await layoutGraph(request, elk, strategy);
      expect(result.strategy).toBe(strategy);
      expectNested(request, result);
      expect(result.routes === undefined).toBe(strategy !== "elk-detailed");
    }
  });

  it("lays out a synthetic 5,000-node ownership graph in under 2 seconds", async () => {
    const request = requestOf(syntheticGraph("ownership", 5000));
    expect(request.boxes.length).toBe(5000);
    const started = performance.now();
    const result = await layoutGraph(request, elk);
    const elapsed = performance.now() - started;
    expect(Object.keys(result.placements).length).toBe(request.boxes.length + request.containers.length);
    expect(elapsed).toBeLessThan(2000);
  });
});
