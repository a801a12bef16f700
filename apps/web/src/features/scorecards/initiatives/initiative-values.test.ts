import { describe, expect, it } from "vitest";
import { emptyInitiativeValues, initiativeInput, initiativeToValues } from "./initiative-values.ts";

describe("initiativeInput", () => {
  it("leaves the slug to the server when none is typed, and sends no owner as null", () => {
    const input = initiativeInput({ ...emptyInitiativeValues(), name: "Probes everywhere", scorecardId: "deployment-readiness", targetLevel: "Silver", targetDate: "2027-03-31" }, "component");
    expect(input).toEqual({ name: "Probes everywhere", description: "", scorecardId: "deployment-readiness", targetLevel: "Silver", targetDate: "2027-03-31", ownerTeam: null, filter: {} });
  });

  it("keeps the filter fields of the scorecard's kind", () => {
    const values = { ...emptyInitiativeValues(), filter: { ...emptyInitiativeValues().filter, teams: [{ value: "team-b", label: "Team B" }], teamTypes: ["platform"], lifecycles: ["production"] } };
    expect(initiativeInput(values, "component").filter).toEqual({ teams: ["team-b"], lifecycles: ["production"] });
    expect(initiativeInput(values, "team").filter).toEqual({ teams: ["team-b"], teamTypes: ["platform"] });
  });

  it("round-trips a stored initiative", () => {
    const stored = {
      name: "I",
      slug: "i",
      description: "d",
      scorecard: { slug: "s", name: "S" },
      targetLevel: "Gold",
      targetDate: "2027-01-01",
      ownerTeam: { slug: "sre", name: "SRE" },
      filter: { boundedContexts: ["context-b"] },
    };
    expect(initiativeInput(initiativeToValues(stored), "component")).toEqual({ slug: "i", name: "I", description: "d", scorecardId: "s", targetLevel: "Gold", targetDate: "2027-01-01", ownerTeam: "sre", filter: { boundedContexts: ["context-b"] } });
  });
});
