import { describe, expect, it } from "vitest";
import { apiAs, demoApi, failure, invalidFields, signedInCaller } from "../testing/caller.ts";

/** Team A owns a-service; the demo organisation's default is strong ownership. */
async function organisation() {
  const { db, api: admin } = await demoApi();
  const memberOfA = apiAs(db, await signedInCaller(db, "editor", "aiko.sato@example.com", "Aiko Sato"));
  const memberOfB = apiAs(db, await signedInCaller(db, "editor", "daichi.kato@example.com", "Daichi Kato"));
  const aService = await admin.component.get({ slug: "a-service" });
  const proposal = { operation: "component.update" as const, input: { id: aService.id, version: aService.version, description: "Microservice A, now also serving B's reports." }, reason: "B needs A to serve its reports." };
  return { db, admin, memberOfA, memberOfB, aService, proposal };
}

describe("change requests", () => {
  it("turn a refused edit to what another team strongly owns into a proposal its owners see", async () => {
    const { memberOfA, memberOfB, proposal } = await organisation();
    const direct = await failure(memberOfB.component.update(proposal.input));
    expect(direct.code).toBe("FORBIDDEN");
    expect(direct.message).toMatch(/strongly owned by Microservice team A.*change request/);

    const request = await memberOfB.changeRequest.create(proposal);
    expect(request).toMatchObject({
      status: "open",
      entity: { kind: "component", key: "a-service", name: "a-service" },
      ownerTeams: [{ slug: "team-a", name: "Microservice team A" }],
      requester: { label: "Daichi Kato <daichi.kato@example.com>" },
      changes: [{ entityKind: "component", action: "update", before: { description: "Microservice A." }, after: { description: proposal.input.description } }],
    });
    expect((await memberOfA.changeRequest.list({ view: "to-review" })).map((r) => r.id)).toEqual([request.id]);
    expect(await memberOfB.changeRequest.list({ view: "to-review" })).toEqual([]);
    expect((await memberOfB.changeRequest.list({ view: "mine" })).map((r) => r.id)).toEqual([request.id]);
    expect(await memberOfA.changeRequest.notifications()).toEqual({ toReview: 1, decided: 0 });
    expect((await memberOfA.component.get({ slug: "a-service" })).description).toBe("Microservice A.");
  });

  it("apply on approval as the reviewer through the change-request path, and tell the requester", async () => {
    const { admin, memberOfA, memberOfB, proposal } = await organisation();
    const request = await memberOfB.changeRequest.create(proposal);
    expect(await memberOfB.changeRequest.get({ id: request.id })).toMatchObject({ mayReview: false, mayWithdraw: true, stale: null });
    expect((await failure(memberOfB.changeRequest.approve({ id: request.id, version: request.version }))).message).toBe("Only members of Microservice team A or administrators may review this change request.");

    const approved = await memberOfA.changeRequest.approve({ id: request.id, version: request.version, comment: "Makes sense." });
    expect(approved.request).toMatchObject({ status: "approved", reviewer: { label: "Aiko Sato <aiko.sato@example.com>" }, reviewComment: "Makes sense." });
    expect((await admin.component.get({ slug: "a-service" })).description).toBe(proposal.input.description);
    const [entry] = (await admin.audit.forEntity({ entity: { kind: "component", slug: "a-service" } })).items;
    expect(entry).toMatchObject({ via: "change-request", actorLabel: "Aiko Sato <aiko.sato@example.com>", correlationId: `change-request:${request.id}`, after: { description: proposal.input.description } });

    expect(await memberOfB.changeRequest.notifications()).toEqual({ toReview: 0, decided: 1 });
    await memberOfB.changeRequest.markSeen();
    expect(await memberOfB.changeRequest.notifications()).toEqual({ toReview: 0, decided: 0 });
    expect((await failure(memberOfA.changeRequest.approve({ id: request.id, version: approved.request.version }))).message).toMatch(/already approved by Aiko Sato/);
  });

  it("reject with a comment and change nothing", async () => {
    const { admin, memberOfA, memberOfB, proposal } = await organisation();
    const request = await memberOfB.changeRequest.create(proposal);
    expect(invalidFields(await failure(memberOfA.changeRequest.reject({ id: request.id, version: request.version, comment: " " })))).toEqual(["comment"]);
    const rejected = await memberOfA.changeRequest.reject({ id: request.id, version: request.version, comment: "A does not serve reports; ask the analytics team." });
    expect(rejected).toMatchObject({ status: "rejected", reviewComment: "A does not serve reports; ask the analytics team." });
    expect((await admin.component.get({ slug: "a-service" })).description).toBe("Microservice A.");
    expect(await memberOfB.changeRequest.notifications()).toEqual({ toReview: 0, decided: 1 });
  });

  it("refuse to approve a stale request, applying nothing and leaving it open", async () => {
    const { admin, memberOfA, memberOfB, aService, proposal } = await organisation();
    const request = await memberOfB.changeRequest.create(proposal);
    await memberOfA.component.update({ id: aService.id, version: aService.version, description: "Microservice A, rewritten by its owners." });

    expect((await memberOfA.changeRequest.get({ id: request.id })).stale?.message).toMatch(/changed by someone else/);
    const error = await failure(memberOfA.changeRequest.approve({ id: request.id, version: request.version }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/^This change request is stale: a-service changed since it was raised/);
    expect((await admin.component.get({ slug: "a-service" })).description).toBe("Microservice A, rewritten by its owners.");
    expect((await admin.changeRequest.get({ id: request.id })).status).toBe("open");
  });

  it("let the requester withdraw, and nobody else but an administrator", async () => {
    const { db, memberOfA, memberOfB, proposal } = await organisation();
    const request = await memberOfB.changeRequest.create(proposal);
    expect((await failure(memberOfA.changeRequest.withdraw({ id: request.id, version: request.version }))).code).toBe("FORBIDDEN");
    expect((await memberOfB.changeRequest.withdraw({ id: request.id, version: request.version })).status).toBe("withdrawn");
    expect(await apiAs(db, await signedInCaller(db, "editor", "aiko.sato@example.com")).changeRequest.list({ view: "to-review" })).toEqual([]);
  });

  it("are not needed, and refused, where the caller may edit directly or the owners could not decide", async () => {
    const { db, admin, memberOfA, memberOfB, aService, proposal } = await organisation();
    expect((await failure(memberOfA.changeRequest.create(proposal))).message).toBe("operation: You may make this change yourself: no change request is needed.");
    await admin.component.update({ id: aService.id, version: aService.version, ownershipMode: "collective" });
    expect((await failure(memberOfB.changeRequest.create({ ...proposal, input: { ...proposal.input, version: aService.version + 1 } }))).message).toMatch(/no change request is needed/);
    const viewer = apiAs(db, await signedInCaller(db, "viewer"));
    expect((await failure(viewer.changeRequest.create(proposal))).code).toBe("FORBIDDEN");
  });

  it("validate the proposed input against its operation, naming the field, and refuse proposals that change nothing", async () => {
    const { memberOfB, aService, proposal } = await organisation();
    expect(invalidFields(await failure(memberOfB.changeRequest.create({ ...proposal, input: { id: aService.id, version: "one" } })))).toEqual(["input.version"]);
    expect(invalidFields(await failure(memberOfB.changeRequest.create({ ...proposal, operation: "component.delete" as never })))).toEqual(["operation"]);
    expect((await failure(memberOfB.changeRequest.create({ ...proposal, input: { ...proposal.input, description: "Microservice A." } }))).message).toMatch(/would change nothing/);
    expect((await failure(memberOfB.changeRequest.create({ ...proposal, input: { ...proposal.input, version: 7 } }))).code).toBe("CONFLICT");
  });

  it("propose checklist answers on what another team owns", async () => {
    const { admin, memberOfA, memberOfB } = await organisation();
    const scope = { kind: "component" as const, slug: "a-service" };
    const unanswered = (await admin.checklist.get({ scope })).sections.flatMap((s) => s.entries).find((entry) => entry.source === "unanswered")!;
    const answer = { scope, itemId: unanswered.item.id, status: "adopted" as const, answeredBy: "Daichi Kato", evidenceLinks: [], note: "" };
    expect((await failure(memberOfB.checklist.setAnswer(answer))).code).toBe("FORBIDDEN");
    const request = await memberOfB.changeRequest.create({ operation: "checklist.setAnswer", input: answer, reason: "We saw the probe in the manifests." });
    expect(request.entity.kind).toBe("checklist-answer");
    await memberOfA.changeRequest.approve({ id: request.id, version: request.version });
    const answered = (await admin.checklist.get({ scope })).sections.flatMap((s) => s.entries).find((entry) => entry.item.id === answer.itemId);
    expect(answered).toMatchObject({ source: "answered", status: "adopted" });
  });
});
