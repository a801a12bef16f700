import { describe, expect, it } from "vitest";
import { emptyRule, emptyValues, move, parseLabels, renameLevel, toInput, toValues } from "./editor-values.ts";

describe("parseLabels", () => {
  it("reads key=value lines and reports the rest", () => {
    expect(parseLabels("tier = 1\n\nteam=payments=core\nbroken\n=value")).toEqual({ labels: { tier: "1", team: "payments=core" }, invalid: ["broken", "=value"] });
  });
});

describe("toInput", () => {
  it("derives the slug from the name when none is typed and sends no version for a new scorecard", () => {
    const input = toInput({ ...emptyValues(), name: "Payments readiness" }, undefined);
    expect(input.slug).toBe("payments-readiness");
    expect(input).not.toHaveProperty("version");
    expect(input.ownerTeam).toBeNull();
    expect(input.ladder.map((level) => level.name)).toEqual(["Bronze", "Silver", "Gold"]);
  });

  it("keeps only the filter fields the kind allows, and only those set", () => {
    const values = emptyValues();
    values.filter = {
      teams: [{ value: "team-b", label: "Team B" }],
      boundedContexts: [],
      componentKinds: ["microservice"],
      lifecycles: [],
      labels: "tier=1",
      teamTypes: ["platform"],
      environments: ["production"],
    };
    expect(toInput(values, 3).filter).toEqual({ teams: ["team-b"], componentKinds: ["microservice"], labels: { tier: "1" } });
    expect(toInput({ ...values, entityKind: "team" }, 3).filter).toEqual({ teams: ["team-b"], teamTypes: ["platform"] });
    expect(toInput({ ...values, entityKind: "namespace" }, 3).filter).toEqual({ teams: ["team-b"], environments: ["production"] });
    expect(toInput(values, 3).version).toBe(3);
  });

  it("sends weights as numbers and leaves out an unset practice", () => {
    const values = { ...emptyValues(), rules: [{ ...emptyRule("Bronze"), id: "r", weight: "3" }, { ...emptyRule("Gold"), weight: "", practiceId: "deploy.probes.liveness" }] };
    const [first, second] = toInput(values, undefined).rules;
    expect(first).toMatchObject({ id: "r", weight: 3, level: "Bronze" });
    expect(first).not.toHaveProperty("practiceId");
    expect(second).toMatchObject({ weight: Number.NaN, practiceId: "deploy.probes.liveness" });
  });

  it("round-trips a stored definition", () => {
    const definition = {
      slug: "s",
      name: "S",
      description: "d",
      ownerTeam: "sre",
      entityKind: "component" as const,
      filter: { teams: ["a"], labels: { tier: "1" } },
      ladder: [{ name: "One", color: "#123456" }],
      rules: [{ id: "r", title: "R", level: "One", category: "testing", weight: 2, expression: "owners.count > 0", failureMessage: "No owner.", remediation: "", practiceId: "deploy.probes.liveness" }],
    };
    const { version: _version, ...input } = toInput(toValues({ definition }), 1);
    expect(input).toEqual(definition);
  });
});

describe("move", () => {
  it("moves within bounds only", () => {
    expect(move(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(move(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(move(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
  });
});

describe("renameLevel", () => {
  it("renames the rules on the level too", () => {
    const values = { ...emptyValues(), rules: [emptyRule("Silver"), emptyRule("Gold")] };
    const renamed = renameLevel(values, 1, "Argent");
    expect(renamed.ladder[1]!.name).toBe("Argent");
    expect(renamed.rules.map((rule) => rule.level)).toEqual(["Argent", "Gold"]);
  });
});
