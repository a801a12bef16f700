import { describe, expect, it } from "vitest";
import { decisionSummary } from "./decision-summary.ts";

describe("decision summary", () => {
  it("counts decisions by source and flags discouraged ones", () => {
    expect(
      decisionSummary([
        { source: "inherited", decision: { warning: null } },
        { source: "inherited", decision: { warning: null } },
        { source: "setting", decision: { warning: null } },
        { source: "own", decision: { warning: "CIOps is an anti-pattern" } },
        { source: "undecided", decision: null },
      ]),
    ).toBe("1 decided here, 2 inherited, 1 set by catalog settings, 1 undecided; 1 against the article's advice");
    expect(decisionSummary([])).toBe("none");
  });
});
