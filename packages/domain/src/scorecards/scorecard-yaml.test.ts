import { describe, expect, it } from "vitest";
import { BUILT_IN_SCORECARDS } from "./built-in.ts";
import { formatYamlProblem, parseScorecardsYaml, scorecardsToYaml } from "./scorecard-yaml.ts";

describe("scorecards as YAML", () => {
  it("round-trips every built-in scorecard without loss", () => {
    const parsed = parseScorecardsYaml(scorecardsToYaml(BUILT_IN_SCORECARDS));
    expect(parsed).toEqual({ ok: true, scorecards: BUILT_IN_SCORECARDS });
  });

  it("names the file, line and field of every error", () => {
    const text = [
      "slug: resilience",
      "name: Resilience",
      "entityKind: component",
      "filter:",
      "  teamTypes: [platform]",
      "rules:",
      "  - id: mesh",
      "    title: In the mesh",
      "    level: Platinum",
      "    category: resilience",
      "    expression: deployments.inMesh &&",
      "    failureMessage: Outside the mesh.",
      "  - id: owned",
      "    title: Owned",
      "    level: Bronze",
      "    category: ownership",
      "    weight: heavy",
      "    expression: owners.count > 0",
      "    colour: red",
      "",
    ].join("\n");
    const result = parseScorecardsYaml(text, "scorecards/resilience.yaml");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatYamlProblem)).toEqual([
      "scorecards/resilience.yaml:5:14 filter.teamTypes: Only a team scorecard can filter by teamTypes.",
      'scorecards/resilience.yaml:9:12 rules[0].level: "Platinum" is not a level of this scorecard (Bronze, Silver, Gold).',
      "scorecards/resilience.yaml:11:17 rules[0].expression: Expected expression after && at character 22.",
      "scorecards/resilience.yaml:13:5 rules[1].failureMessage: Failure message is required.",
      "scorecards/resilience.yaml:17:13 rules[1].weight: Weight must be a whole number.",
      'scorecards/resilience.yaml:19:13 rules[1].colour: Unknown field "colour".',
    ]);
  });

  it("reports YAML syntax errors with their position", () => {
    const result = parseScorecardsYaml("slug: a\nname: b\n  entityKind: team\n", "bad.yaml");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ file: "bad.yaml", line: 2 });
  });

  it("refuses two scorecards with one slug in a file", () => {
    const one = scorecardsToYaml([BUILT_IN_SCORECARDS[0]!]);
    const result = parseScorecardsYaml(`${one}---\n${one}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message)).toContain('Two scorecards in the file use the slug "deployment-readiness".');
  });
});
