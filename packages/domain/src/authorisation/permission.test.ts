import { describe, expect, it } from "vitest";
import type { TRole } from "../identity/role.ts";
import type { TActor } from "./actor.ts";
import { sharedTarget, type TOwnedTarget } from "./owned-target.ts";
import { decide, decideAny } from "./permission.ts";

const TEAM_A = { slug: "team-a", name: "Team A" };
const TEAM_B = { slug: "team-b", name: "Team B" };

function actor(role: TRole, ...teams: (typeof TEAM_A)[]): TActor {
  return { userId: `${role}-${teams.map((t) => t.slug).join("+")}`, role, teams };
}

function service(mode: "strong" | "collective", ...ownerTeams: (typeof TEAM_A)[]): TOwnedTarget {
  return { kind: "component", name: "a-service", ownerTeams, mode };
}

const what = "change this component";

describe("deciding a write", () => {
  it("asks anonymous callers to sign in and tells viewers they read only", () => {
    expect(decide(null, { kind: "edit", what })).toEqual({ allowed: false, code: "UNAUTHENTICATED", message: "Sign in to change this component." });
    const viewer = decide(actor("viewer", TEAM_A), { kind: "change", target: service("collective", TEAM_A), what });
    expect(viewer).toMatchObject({ allowed: false, code: "FORBIDDEN" });
  });

  it("lets administrators do anything, owned or not", () => {
    for (const target of [service("strong", TEAM_A), service("strong")]) {
      expect(decide(actor("administrator"), { kind: "change", target, what }).allowed).toBe(true);
      expect(decide(actor("administrator"), { kind: "govern", target, what }).allowed).toBe(true);
    }
    expect(decide(actor("administrator"), { kind: "administer", what: "change organisation settings" }).allowed).toBe(true);
  });

  it("under strong ownership lets only the owning teams' members change, and offers others a change request", () => {
    expect(decide(actor("editor", TEAM_A), { kind: "change", target: service("strong", TEAM_A), what }).allowed).toBe(true);
    expect(decide(actor("editor", TEAM_B), { kind: "change", target: service("strong", TEAM_A), what })).toEqual({
      allowed: false,
      code: "NOT_OWNER",
      message: "Component a-service is strongly owned by Team A: only its members or administrators may change this component directly. Propose the change as a change request instead.",
    });
  });

  it("under collective ownership lets any editor change", () => {
    expect(decide(actor("editor", TEAM_B), { kind: "change", target: service("collective", TEAM_A), what }).allowed).toBe(true);
    expect(decide(actor("editor"), { kind: "change", target: service("collective", TEAM_A), what }).allowed).toBe(true);
  });

  it("keeps the ownership mode and the owners the owners' call, whatever the mode", () => {
    const govern = (who: TActor, target: TOwnedTarget) => decide(who, { kind: "govern", target, what: "change who owns this component" });
    expect(govern(actor("editor", TEAM_B), service("collective", TEAM_A))).toMatchObject({ allowed: false, code: "FORBIDDEN", message: expect.stringContaining("Team A (its owners)") });
    expect(govern(actor("editor", TEAM_A), service("collective", TEAM_A)).allowed).toBe(true);
    expect(govern(actor("editor", TEAM_B), service("strong")).allowed).toBe(true);
  });

  it("lets any editor change what no team owns yet", () => {
    expect(decide(actor("editor", TEAM_B), { kind: "change", target: service("strong"), what }).allowed).toBe(true);
  });

  it("keeps administration to administrators and a team's own things to its members", () => {
    expect(decide(actor("editor", TEAM_A), { kind: "administer", what: "import a Backstage catalog" })).toMatchObject({ allowed: false, code: "FORBIDDEN", message: "Only administrators may import a Backstage catalog; you are signed in as editor." });
    const belong = { kind: "belong", teams: [TEAM_A, TEAM_B], what: "change this scorecard" } as const;
    expect(decide(actor("editor", TEAM_B), belong).allowed).toBe(true);
    expect(decide(actor("editor"), belong)).toMatchObject({ allowed: false, message: "Only members of Team A or Team B or administrators may change this scorecard." });
    expect(decide(actor("editor", TEAM_A), { kind: "belong", teams: [], what: "change this scorecard" })).toMatchObject({ allowed: false, message: "Only administrators may change this scorecard: no team owns it." });
  });

  it("allows a write that meets any of several needs, else gives the first refusal", () => {
    const needs = [
      { kind: "change", target: service("strong", TEAM_A), what },
      { kind: "change", target: service("strong", TEAM_B), what },
    ] as const;
    expect(decideAny(actor("editor", TEAM_B), needs).allowed).toBe(true);
    expect(decideAny(actor("editor"), needs)).toMatchObject({ allowed: false, code: "NOT_OWNER", message: expect.stringContaining("Team A") });
  });
});

describe("shared targets", () => {
  it("are owned by every owner of their parts and strong when any part is", () => {
    const shared = sharedTarget("repository", "mono", [service("collective", TEAM_A), service("strong", TEAM_B), service("strong", TEAM_B)]);
    expect(shared).toEqual({ kind: "repository", name: "mono", ownerTeams: [TEAM_A, TEAM_B], mode: "strong" });
    expect(sharedTarget("namespace", "ns", []).mode).toBe("collective");
  });
});
