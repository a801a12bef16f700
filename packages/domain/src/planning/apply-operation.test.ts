import { describe, expect, it } from "vitest";
import { planningCatalogOf } from "../demo/demo-snapshot.ts";
import { applyOperation } from "./apply-operation.ts";
import { ZScenarioOperationSchema, type TScenarioOperationInput } from "./operations.ts";
import type { TPlanningCatalog } from "./planning-catalog.ts";
import { handMadeCatalog } from "./testing/hand-made-catalog.ts";

const apply = (catalog: TPlanningCatalog, operation: TScenarioOperationInput) => {
  const copy = structuredClone(catalog);
  applyOperation(copy, ZScenarioOperationSchema.parse(operation));
  return copy;
};
const owners = (catalog: TPlanningCatalog, slug: string) => catalog.components.find((c) => c.slug === slug)?.ownerSlugs;
const teamsOf = (catalog: TPlanningCatalog, context: string) => catalog.boundedContexts.find((c) => c.slug === context)?.teamSlugs;

describe("scenario operations", () => {
  const demo = planningCatalogOf();

  it("moving a repository hands every component it holds to the new team", () => {
    const after = apply(demo, { op: "move", item: { kind: "repository", ref: "b-service-app" }, to: "team-a" });
    expect(owners(after, "b-service")).toEqual(["team-a"]);
    expect(owners(after, "a-service")).toEqual(["team-a"]);
    expect(owners(demo, "b-service")).toEqual(["team-b"]);
  });

  it("moving with `from` hands over only that team's share, and leaves co-owners", () => {
    const catalog = handMadeCatalog({ teams: { a: 5, b: 5, c: 5 }, components: { shared: { owners: ["a", "b"] } } });
    expect(owners(apply(catalog, { op: "move", item: { kind: "component", ref: "shared" }, from: "a", to: "c" }), "shared")).toEqual(["c", "b"]);
    expect(owners(apply(catalog, { op: "move", item: { kind: "component", ref: "shared" }, to: "c" }), "shared")).toEqual(["c"]);
  });

  it("moving a bounded context moves the team answering for it and the components it owned there", () => {
    const after = apply(demo, { op: "move", item: { kind: "bounded-context", ref: "context-b" }, to: "team-x" });
    expect(teamsOf(after, "context-b")).toEqual(["team-x"]);
    expect(after.solutionAreas.find((a) => a.slug === "context-b")?.teamSlugs).toEqual(["team-x"]);
    expect(owners(after, "b-service")).toEqual(["team-x"]);
  });

  it("moving a namespace moves the components deployed there", () => {
    expect(owners(apply(demo, { op: "move", item: { kind: "namespace", ref: "prd-x-bff" }, to: "frontend-x" }), "x-bff")).toEqual(["frontend-x"]);
  });

  it("moving a member takes them out of their team and into the other", () => {
    const after = apply(demo, { op: "move", item: { kind: "member", ref: "emi.abe@example.com" }, to: "team-a" });
    expect(after.teams.find((t) => t.slug === "team-b")?.members.map((m) => m.email)).toEqual(["daichi.kato@example.com"]);
    expect(after.teams.find((t) => t.slug === "team-a")?.members).toContainEqual({ email: "emi.abe@example.com", name: "Emi Abe", role: "Engineer" });
  });

  it("merging a team gives its components, contexts, members and interactions to the other and removes it", () => {
    const after = apply(demo, { op: "merge-teams", team: "team-b", into: "team-a" });
    expect(after.teams.map((t) => t.slug)).not.toContain("team-b");
    expect(owners(after, "b-service")).toEqual(["team-a"]);
    expect(teamsOf(after, "context-b")).toEqual(["team-a"]);
    expect(after.teams.find((t) => t.slug === "team-a")?.members).toHaveLength(8);
    // B's X-as-a-Service to A becomes a self-interaction and goes; SRE's two services to A and B become one.
    expect(after.interactions.filter((i) => i.teamSlug === "team-a" || i.withTeamSlug === "team-a").map((i) => `${i.teamSlug}>${i.withTeamSlug}:${i.mode}`)).toEqual([
      "team-a>team-x:x-as-a-service",
      "sre>team-a:x-as-a-service",
    ]);
  });

  it("splitting a team creates the new team with the components, contexts and members named", () => {
    const after = apply(demo, {
      op: "split-team",
      team: "team-x",
      newTeam: { slug: "team-x-api", name: "Team X API", type: "stream-aligned" },
      components: ["x-service"],
      members: ["hana.ota@example.com", "iori.baba@example.com"],
    });
    expect(owners(after, "x-service")).toEqual(["team-x-api"]);
    expect(teamsOf(after, "context-x")).toEqual(["team-x"]);
    expect(after.teams.find((t) => t.slug === "team-x-api")?.members.map((m) => m.name)).toEqual(["Hana Ota", "Iori Baba"]);
    expect(after.teams.find((t) => t.slug === "team-x")?.members).toHaveLength(3);
  });

  it("creates, renames and retypes teams, and sets ownership modes and interactions", () => {
    let after = apply(demo, { op: "create-team", team: { slug: "enablers", name: "Enablers", type: "enabling" } });
    after = apply(after, { op: "rename-team", team: "enablers", name: "Enabling team" });
    after = apply(after, { op: "set-team-type", team: "team-b", type: "complicated-subsystem" });
    after = apply(after, { op: "set-ownership-mode", component: "b-service", mode: "collective" });
    after = apply(after, { op: "declare-interaction", team: "enablers", withTeam: "team-a", mode: "facilitating" });
    after = apply(after, { op: "declare-interaction", team: "frontend-x", withTeam: "bff-x", mode: "none" });
    expect(after.teams.find((t) => t.slug === "enablers")).toMatchObject({ name: "Enabling team", type: "enabling", members: [] });
    expect(after.teams.find((t) => t.slug === "team-b")?.type).toBe("complicated-subsystem");
    expect(after.components.find((c) => c.slug === "b-service")).toMatchObject({ ownershipMode: "collective", ownershipOverride: "collective" });
    expect(after.interactions).toContainEqual({ teamSlug: "enablers", withTeamSlug: "team-a", mode: "facilitating" });
    expect(after.interactions.some((i) => i.teamSlug === "frontend-x" && i.withTeamSlug === "bff-x")).toBe(false);
    expect(apply(after, { op: "set-ownership-mode", component: "b-service", mode: "organisation-default" }).components.find((c) => c.slug === "b-service")).toMatchObject({ ownershipMode: demo.defaultOwnershipMode, ownershipOverride: null });
  });

  it("refuses what cannot be done, naming the field", () => {
    expect(() => apply(demo, { op: "move", item: { kind: "repository", ref: "nope" }, to: "team-a" })).toThrow('item.ref: No repository "nope" in this scenario.');
    expect(() => apply(demo, { op: "move", item: { kind: "component", ref: "b-service" }, to: "ghost" })).toThrow('to: No team "ghost" in this scenario.');
    expect(() => apply(demo, { op: "move", item: { kind: "repository", ref: "b-service-app" }, from: "team-x", to: "team-a" })).toThrow('from: Team "team-x" owns nothing in repository "b-service-app".');
    expect(() => apply(demo, { op: "create-team", team: { slug: "team-a", name: "Again", type: "platform" } })).toThrow('team.slug: A team "team-a" already exists in this scenario.');
    expect(() => apply(demo, { op: "split-team", team: "team-b", newTeam: { slug: "b2", name: "B2", type: "platform" }, components: ["a-service"] })).toThrow('components.0: Team "team-b" does not own component "a-service".');
  });

  it("validates operations before they run", () => {
    const problems = (input: unknown) => ZScenarioOperationSchema.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(problems({ op: "merge-teams", team: "a", into: "a" })).toEqual(["into: A team cannot be merged into itself."]);
    expect(problems({ op: "teleport" })).toEqual(["op: The operation is one of: create-team, rename-team, set-team-type, merge-teams, split-team, move, set-ownership-mode, declare-interaction."]);
    expect(problems({ op: "move", item: { kind: "building", ref: "x" }, to: "a" })).toEqual(["item.kind: Item kind must be one of: component, repository, bounded-context, namespace, member."]);
    expect(problems({ op: "split-team", team: "a", newTeam: { slug: "b", name: "B", type: "platform" } })).toEqual(["components: A split moves at least one component, bounded context or member to the new team."]);
  });
});
