import { describe, expect, it } from "vitest";
import { dropMove, isMovableOnMap, pickDropTeam } from "./drop-move.ts";
import type { TTeamMap } from "./planning-types.ts";

const node = (kind: TTeamMap["nodes"][number]["kind"], slug: string, label: string) => ({ id: `${kind}:${slug}`, kind, slug, label, facets: {} });
const map: TTeamMap = {
  nodes: [node("team", "team-a", "Team A"), node("team", "team-b", "Team B"), node("repository", "b-app", "b-service"), node("bounded-context", "context-b", "Context B"), node("solution-area", "ui", "Client UI")],
  edges: [
    { id: "1", source: "team:team-b", target: "repository:b-app", kind: "changes", emphasis: false },
    { id: "2", source: "team:team-b", target: "bounded-context:context-b", kind: "answers-for", emphasis: false },
    { id: "3", source: "team:team-a", target: "bounded-context:context-b", kind: "answers-for", emphasis: true },
  ],
  groups: [],
  hidden: {},
  notes: [],
  changed: [],
} as unknown as TTeamMap;

describe("dropMove", () => {
  it("moves a repository dropped on another team to that team", () => {
    expect(dropMove(map, "repository:b-app", "team:team-a")).toEqual({
      operation: { op: "move", item: { kind: "repository", ref: "b-app" }, to: "team-a" },
      summary: "Moving repository b-service to Team A…",
    });
  });

  it("moves a bounded context as a bounded context", () => {
    expect(dropMove(map, "bounded-context:context-b", "team:team-b")).toMatchObject({ operation: { item: { kind: "bounded-context", ref: "context-b" }, to: "team-b" } });
  });

  it("refuses a drop on the team that already holds it alone", () => {
    expect(dropMove(map, "repository:b-app", "team:team-b")).toEqual({ refused: "Team B already holds repository b-service." });
  });

  it("means nothing for other kinds, or a drop that is not on a team", () => {
    expect(dropMove(map, "solution-area:ui", "team:team-a")).toBeNull();
    expect(dropMove(map, "repository:b-app", "bounded-context:context-b")).toBeNull();
    expect(dropMove(map, "team:team-a", "team:team-b")).toBeNull();
  });

  it("knows which kinds can be dragged", () => {
    expect(map.nodes.filter(isMovableOnMap).map((n) => n.kind)).toEqual(["repository", "bounded-context"]);
  });
});

describe("pickDropTeam", () => {
  const box = (x: number, y: number, width = 100, height = 50) => ({ x, y, width, height });

  it("prefers a team box the drop touches over the frames around", () => {
    expect(
      pickDropTeam(box(0, 0), [
        { teamId: "team:b", rect: box(-50, -50, 400, 400), direct: false },
        { teamId: "team:a", rect: box(90, 40), direct: true },
      ]),
    ).toBe("team:a");
  });

  it("otherwise takes the frame it covers most", () => {
    expect(
      pickDropTeam(box(0, 0), [
        { teamId: "team:b", rect: box(80, 0, 300, 300), direct: false },
        { teamId: "team:a", rect: box(-200, -10, 260, 300), direct: false },
      ]),
    ).toBe("team:a");
  });

  it("finds nothing when nothing is touched", () => {
    expect(pickDropTeam(box(0, 0), [{ teamId: "team:a", rect: box(500, 500), direct: true }])).toBeNull();
  });
});
