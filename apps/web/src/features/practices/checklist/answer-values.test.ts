import { describe, expect, it } from "vitest";
import { answerIssues, initialAnswerValues, setAnswerInput, type TAnswerableEntry } from "./answer-values.ts";

const scope = { kind: "component" as const, slug: "b-service" };
const answered: TAnswerableEntry = {
  item: { id: "scaling.pod.hpa" },
  status: "partial",
  source: "answered",
  answer: { note: "minReplicas is 1", evidenceLinks: ["b-service-kubernetes/hpa.yaml"], version: 3 },
};
const inherited: TAnswerableEntry = {
  item: { id: "scaling.pod.descheduler" },
  status: "not-adopted",
  source: "inherited",
  inheritedFrom: { kind: "organisation", name: "Example Org" },
  answer: { note: "Organisation note", evidenceLinks: ["org/link"], version: 7 },
};
const unanswered: TAnswerableEntry = { item: { id: "testing.chaos" }, status: "unknown", source: "unanswered" };

describe("answer form values", () => {
  it("start from this checklist's own answer, with the current person as author", () => {
    expect(initialAnswerValues(answered, "Mai")).toEqual({ status: "partial", note: "minReplicas is 1", evidenceLinks: ["b-service-kubernetes/hpa.yaml"], answeredBy: "Mai" });
  });

  it("start an override from the inherited status but not its note or links", () => {
    expect(initialAnswerValues(inherited, "")).toEqual({ status: "not-adopted", note: "", evidenceLinks: [], answeredBy: "" });
    expect(initialAnswerValues(unanswered, "Aiko").status).toBe("unknown");
  });

  it("ask for a reason when overriding an inherited answer", () => {
    const values = initialAnswerValues(inherited, "Mai");
    expect(answerIssues(inherited, values)).toEqual([{ path: "note", message: "Say why this checklist differs from the answer inherited from organisation Example Org." }]);
    expect(answerIssues(inherited, { ...values, note: "We run our own" })).toEqual([]);
    expect(answerIssues(inherited, { ...values, answeredBy: " " }).map((issue) => issue.path)).toEqual(["note", "answeredBy"]);
    expect(answerIssues(unanswered, initialAnswerValues(unanswered, ""))).toEqual([]);
  });

  it("send the version only when editing this checklist's own answer", () => {
    expect(setAnswerInput(scope, answered, initialAnswerValues(answered, "Mai"))).toMatchObject({ scope, itemId: "scaling.pod.hpa", version: 3 });
    expect(setAnswerInput(scope, inherited, { ...initialAnswerValues(inherited, "Mai"), note: "why" })).not.toHaveProperty("version");
    expect(setAnswerInput(scope, unanswered, initialAnswerValues(unanswered, "Mai"))).not.toHaveProperty("version");
  });
});
