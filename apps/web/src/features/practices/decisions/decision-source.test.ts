import { describe, expect, it } from "vitest";
import { ownDecision, settingWrittenBy } from "./decision-source.ts";

describe("decision helpers", () => {
  it("say which settings a decision also changes", () => {
    expect(settingWrittenBy("ownership.mode", { kind: "organisation" })).toMatch(/default ownership mode/);
    expect(settingWrittenBy("ownership.mode", { kind: "component", slug: "b-service" })).toMatch(/component's ownership mode/);
    expect(settingWrittenBy("ownership.mode", { kind: "team", slug: "team-b" })).toBeNull();
    expect(settingWrittenBy("repository.strategy", { kind: "organisation" })).toMatch(/repository strategy/);
    expect(settingWrittenBy("delivery.model", { kind: "organisation" })).toBeNull();
  });

  it("find this scope's own decision and its version", () => {
    const records = [
      { decisionPointId: "mesh.model", alternativeId: "sidecar", rationale: "", version: 2, decidedBy: "SRE" },
      { decisionPointId: "delivery.model", alternativeId: "gitops-polyrepo", rationale: "ArgoCD", version: 5, decidedBy: "Architects" },
    ];
    expect(ownDecision(records, "delivery.model")).toEqual({ alternativeId: "gitops-polyrepo", rationale: "ArgoCD", version: 5 });
    expect(ownDecision(records, "deployment.pattern")).toBeUndefined();
  });
});
