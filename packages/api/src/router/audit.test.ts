import { createApiToken } from "@topograph/db";
import { testUser } from "@topograph/db/testing";
import { describe, expect, it } from "vitest";
import { apiAs, apiSignedInAs, apiWithHeaders, demoApi, emptyApi, failure, invalidFields } from "../testing/caller.ts";

const newTeam = (name: string) => ({ name, type: "stream-aligned" as const, members: [] });

describe("audit procedures", () => {
  it("record a scorecard YAML import as an import, with only the fields that changed", async () => {
    const { api } = await demoApi();
    const exported = await api.scorecard.exportYaml({ scorecardIds: ["testing"] });
    await api.scorecard.importYaml({ text: exported.text.replace("name: Testing", "name: Testing portfolio"), fileName: "testing.yaml" });
    const [entry] = (await api.audit.forEntity({ entity: { kind: "scorecard", slug: "testing" } })).items;
    expect(entry).toMatchObject({ action: "update", entityKind: "scorecard", entityKey: "testing", via: "import", actorLabel: "Test administrator <administrator@tests.example.com>", before: { name: "Testing" }, after: { name: "Testing portfolio" } });
    expect(Object.keys(entry!.after!)).toEqual(["name"]);
  });

  it("refuse an anonymous write and record nothing", async () => {
    const { api, db } = await emptyApi();
    const anonymous = apiAs(db, null);
    expect((await failure(anonymous.team.create(newTeam("Payments")))).code).toBe("UNAUTHORIZED");
    expect((await api.audit.list({ entityKind: "team" })).items).toEqual([]);
  });

  it("record a signed-in user through the UI, and the same user through an API token as the API", async () => {
    const { db } = await emptyApi();
    const editor = await testUser(db, "editor", { name: "Eddie" });
    const { api: browser } = await apiSignedInAs(db, editor.id);
    await browser.team.create(newTeam("Payments"));
    const { token } = await createApiToken(db, editor.id, { name: "ci", expiresInDays: 30 }, new Date());
    const { api: ci } = await apiWithHeaders(db, { authorization: `Bearer ${token}` });
    await ci.team.create(newTeam("Billing"));
    const { items } = await browser.audit.list({ actor: editor.id });
    expect(items.map((e) => [e.entityKey, e.via, e.actorLabel])).toEqual([
      ["billing", "api-token", "Eddie <editor@example.test>"],
      ["payments", "ui", "Eddie <editor@example.test>"],
    ]);
    expect(items[0]!.correlationId).not.toBe(items[1]!.correlationId);
  });

  it("keep the actor's label after the user is gone", async () => {
    const { api, db } = await emptyApi();
    const editor = await testUser(db, "editor", { name: "Eddie" });
    await (await apiSignedInAs(db, editor.id)).api.team.create(newTeam("Payments"));
    await db.session.deleteMany({});
    await db.apiToken.deleteMany({});
    await db.user.delete({ where: { id: editor.id } });
    expect((await api.audit.list({ actor: editor.id })).items[0]).toMatchObject({ actorLabel: "Eddie <editor@example.test>" });
  });

  it("write no entry when the call fails", async () => {
    const { api } = await emptyApi();
    await api.team.create(newTeam("Payments"));
    await failure(api.team.create(newTeam("Payments")));
    expect((await api.audit.list({ entity: { kind: "team", slug: "payments" } })).items).toHaveLength(1);
  });

  it("page the log newest first and filter it", async () => {
    const { api } = await emptyApi();
    for (const name of ["A", "B", "C"]) await api.team.create(newTeam(name));
    const first = await api.audit.list({ entity: undefined, via: "ui", action: "create", limit: 2 });
    const second = await api.audit.list({ via: "ui", action: "create", limit: 2, cursor: first.nextCursor! });
    expect([...first.items, ...second.items].map((e) => e.entityKey)).toEqual(["c", "b", "a"]);
    expect(second.nextCursor).toBeNull();
  });

  it("export the filtered log as CSV or JSON Lines", async () => {
    const { api } = await emptyApi();
    for (const name of ["A", "B"]) await api.team.create(newTeam(name));
    const csv = await api.audit.export({ via: "ui", format: "csv" });
    expect(csv).toMatchObject({ contentType: "text/csv", count: 2, truncated: false });
    expect(csv.body.split("\r\n")[0]).toMatch(/^id,at,actorUserId,actorLabel,via,action,entityKind,entityKey/);
    const jsonl = await api.audit.export({ via: "ui", format: "jsonl" });
    expect(jsonl.body.trimEnd().split("\n").map((line) => (JSON.parse(line) as { entityKey: string }).entityKey)).toEqual(["b", "a"]);
  });

  it("validate every input, naming the field", async () => {
    const { api } = await emptyApi();
    expect(invalidFields(await failure(api.audit.list({ via: "fax" as never })))).toEqual(["via"]);
    expect(invalidFields(await failure(api.audit.forEntity({ entity: { kind: "team", slug: "" } })))).toEqual(["entity.slug"]);
    expect(invalidFields(await failure(api.audit.export({ format: "xml" as never })))).toEqual(["format"]);
  });

  it("offer no procedure that changes or removes an entry", async () => {
    const { auditRouter } = await import("./audit.ts");
    expect(Object.keys(auditRouter).sort()).toEqual(["export", "forEntity", "list"]);
  });
});
