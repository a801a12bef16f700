import { describe, expect, it } from "vitest";
import { buildHierarchy, ROOT } from "./hierarchy.ts";
import type { TLayoutRequest } from "./layout-types.ts";

const box = (id: string, parentId?: string) => ({ id, width: 100, height: 40, ...(parentId ? { parentId } : {}) });

// team (in org) → repo (root) → namespace (in mesh, in cluster)
const request: TLayoutRequest = {
  direction: "RIGHT",
  containers: [{ id: "org" }, { id: "cluster" }, { id: "mesh", parentId: "cluster" }],
  boxes: [box("team", "org"), box("team2", "org"), box("repo"), box("ns", "mesh"), box("ns2", "mesh"), box("cp", "cluster")],
  links: [
    { id: "1", source: "team", target: "repo" },
    { id: "2", source: "team2", target: "repo" },
    { id: "3", source: "repo", target: "ns" },
    { id: "4", source: "ns", target: "ns2" },
    { id: "5", source: "ns2", target: "cp" },
    { id: "6", source: "team", target: "team2" },
  ],
};

describe("buildHierarchy", () => {
  const hierarchy = buildHierarchy(request);

  it("lists containers before boxes in each level", () => {
    expect(hierarchy.children.get(ROOT)).toEqual(["org", "cluster", "repo"]);
    expect(hierarchy.children.get("cluster")).toEqual(["mesh", "cp"]);
  });

  it("lifts each link to the level where it joins siblings, once", () => {
    const at = (level: string) => (hierarchy.liftedLinks.get(level) ?? []).map((l) => `${l.source}>${l.target}`);
    expect(at(ROOT)).toEqual(["org>repo", "repo>cluster"]);
    expect(at("org")).toEqual(["team>team2"]);
    expect(at("mesh")).toEqual(["ns>ns2"]);
    expect(at("cluster")).toEqual(["mesh>cp"]);
  });

  it("ignores links to unknown boxes and to a box's own container", () => {
    const odd = buildHierarchy({ ...request, links: [{ id: "x", source: "team", target: "nowhere" }, { id: "y", source: "ns", target: "mesh" }] });
    expect([...odd.liftedLinks.values()].flat()).toEqual([]);
  });
});
