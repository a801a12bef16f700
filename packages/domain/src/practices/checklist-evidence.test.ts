import { describe, expect, it } from "vitest";
import { PRACTICE_CATALOGUE } from "./catalogue.ts";
import type { TChecklistEntry } from "./checklist.ts";
import { withEvidence, type TVerifiedEvidence } from "./checklist-evidence.ts";

const item = PRACTICE_CATALOGUE.items.find((i) => i.id === "deploy.probes.liveness")!;
const entry = (status: TChecklistEntry["status"], source: TChecklistEntry["source"] = "answered"): TChecklistEntry => ({ item, status, source });
const proof = (holds: boolean): Map<string, TVerifiedEvidence> =>
  new Map([[item.id, { holds, message: holds ? "Liveness probe on app." : "No liveness probe on app.", source: "directory:/k8s", file: "deployment.yaml", line: 14, observedAt: "2026-11-23T00:00:00.000Z" }]]);

describe("checklist entries with evidence", () => {
  it("shows what a scan proved next to the answer", () => {
    const [verified] = withEvidence([entry("adopted")], proof(true));
    expect(verified).toMatchObject({ status: "adopted", verified: { holds: true, file: "deployment.yaml", line: 14 }, contradicted: false });
  });

  it("flags an answer the evidence contradicts, either way", () => {
    expect(withEvidence([entry("adopted")], proof(false))[0]!.contradicted).toBe(true);
    expect(withEvidence([entry("not-adopted")], proof(true))[0]!.contradicted).toBe(true);
    expect(withEvidence([entry("adopted", "inherited")], proof(false))[0]!.contradicted).toBe(true);
  });

  it("never flags an unanswered item or one without evidence", () => {
    expect(withEvidence([entry("unknown", "unanswered")], proof(false))[0]).toMatchObject({ contradicted: false, verified: { holds: false } });
    expect(withEvidence([entry("adopted")], new Map())[0]).toMatchObject({ contradicted: false, verified: null });
  });
});
