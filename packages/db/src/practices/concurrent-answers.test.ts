import { ZRecordDecisionInputSchema, ZSetAnswerInputSchema } from "@topograph/domain";
import { describe, expect, it } from "vitest";
import { demoDatabase } from "../testing/index.ts";
import { setChecklistAnswer } from "./checklist.ts";
import { recordDecision } from "./decision.ts";

const scope = { kind: "component" as const, slug: "b-service" };
const answer = (note: string, version?: number) =>
  ZSetAnswerInputSchema.parse({ scope, itemId: "deploy.probes.readiness", status: "adopted", note, answeredBy: note, evidenceLinks: [], ...(version === undefined ? {} : { version }) });

/** Both calls start from the same version at the same moment: on PostgreSQL both read it before either writes. */
const settle = (calls: Promise<unknown>[]) => Promise.allSettled(calls);

describe("two people answering at the same moment", () => {
  it("one checklist answer: one write wins, the other is refused as stale, and the winner's answer is stored", async () => {
    const db = await demoDatabase({ practices: false });
    const first = await setChecklistAnswer(db, answer("first"));
    const results = await settle([setChecklistAnswer(db, answer("Ada", first.version)), setChecklistAnswer(db, answer("Ken", first.version))]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "STALE_VERSION" });
    const stored = await db.checklistAnswer.findFirstOrThrow({ where: { itemId: "deploy.probes.readiness", component: { slug: "b-service" } } });
    const winner = (results.find((result) => result.status === "fulfilled") as PromiseFulfilledResult<{ note: string }>).value;
    expect(stored).toMatchObject({ note: winner.note, version: first.version + 1 });
  });

  it("one decision: one write wins, the other is refused as stale", async () => {
    const db = await demoDatabase({ practices: false });
    const decide = (rationale: string, version?: number) =>
      recordDecision(db, ZRecordDecisionInputSchema.parse({ scope, decisionPointId: "delivery.model", alternativeId: "gitops-polyrepo", rationale, decidedBy: rationale, ...(version === undefined ? {} : { version }) }));
    const first = await decide("first");
    const results = await settle([decide("Ada", first.version), decide("Ken", first.version)]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((await db.decision.findFirstOrThrow({ where: { decisionPointId: "delivery.model", component: { slug: "b-service" } } })).version).toBe(first.version + 1);
  });
});
