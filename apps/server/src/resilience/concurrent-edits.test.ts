import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectData, portalPool, signIn, type TPortalSession } from "./testing/portal-session.ts";
import { startServer, stop, type TRunningServer } from "./testing/running-server.ts";
import { DEMO_PASSWORD } from "./testing/settings.ts";
import { readStored } from "./testing/stored.ts";

/** Races per entity: each starts from the version both editors just read. */
const ROUNDS = 6;
const CHANGED_BY_SOMEONE_ELSE = /changed by someone else while you edited it/;

/** Two members of the demo's team B, which owns b-service: both may edit it. */
const EDITORS = [
  { name: "Daichi Kato", email: "daichi.kato@example.com" },
  { name: "Emi Abe", email: "emi.abe@example.com" },
] as const;
type TEditor = (typeof EDITORS)[number] & { session: TPortalSession };
type TAnswer = { status: number; version?: number; message?: string };

/**
 * Posts each request on a connection of its own, holding back the last byte of every body until
 * all of them have reached the server, then sends those bytes together: the server reads the
 * requests complete at the same moment and runs them side by side.
 */
async function simultaneously(origin: string, requests: { procedure: string; cookie: string; input: unknown }[]): Promise<TAnswer[]> {
  const { port } = new URL(origin);
  const sent = requests.map(({ procedure, cookie, input }) => {
    const body = JSON.stringify(input);
    const req = http.request({ host: "127.0.0.1", port, method: "POST", path: `/trpc/${procedure}`, agent: false, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), origin, cookie } });
    const answer = new Promise<TAnswer>((resolve, reject) => {
      req.on("response", (res) => {
        let text = "";
        res.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
        res.on("end", () => {
          const body = JSON.parse(text) as { result?: { data: { version: number } }; error?: { message: string } };
          resolve({ status: res.statusCode ?? 0, version: body.result?.data.version, message: body.error?.message });
        });
      });
      req.on("error", reject);
    });
    const arrived = new Promise<void>((resolve) => req.write(body.slice(0, -1), () => resolve()));
    return { req, answer, arrived, last: body.slice(-1) };
  });
  await Promise.all(sent.map((s) => s.arrived));
  for (const { req, last } of sent) req.end(last);
  return Promise.all(sent.map((s) => s.answer));
}

/** Both editors send `input(editor)` at once; exactly one must win, the other hear that it changed. Returns the winner and the version it wrote. */
async function race(running: TRunningServer, editors: TEditor[], procedure: string, input: (editor: TEditor) => unknown): Promise<{ winner: TEditor; version: number }> {
  const answers = await simultaneously(running.origin, editors.map((editor) => ({ procedure, cookie: editor.session.cookie, input: input(editor) })));
  expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
  expect(answers.find((a) => a.status === 409)?.message).toMatch(CHANGED_BY_SOMEONE_ELSE);
  const won = answers.findIndex((a) => a.status === 200);
  return { winner: editors[won]!, version: answers[won]!.version! };
}

async function signedInEditors(running: TRunningServer): Promise<TEditor[]> {
  return Promise.all(EDITORS.map(async (editor) => ({ ...editor, session: await signIn(portalPool(running.origin, 2), running.origin, { email: editor.email, password: DEMO_PASSWORD }) })));
}

describe("two editors changing the same entry at the same moment, from the same version", () => {
  let running: TRunningServer;
  let editors: TEditor[];
  beforeAll(async () => {
    running = await startServer({ demo: true });
    editors = await signedInEditors(running);
  });
  afterAll(() => stop(running));

  it("a component: one wins, the other gets 409 saying it changed; the stored component and the audit log hold the winner's change only", async () => {
    const winners: { label: string; description: string }[] = [];
    const component = await expectData(editors[0]!.session.query<{ id: string; version: number }>("component.get", { slug: "b-service" }));
    for (let round = 1, version = component.version; round <= ROUNDS; round++) {
      // Who sends first alternates, so either may win.
      const order = round % 2 ? editors : [...editors].reverse();
      const describe = (editor: TEditor) => `Round ${round}, written by ${editor.name}`;
      const { winner, version: written } = await race(running, order, "component.update", (editor) => ({ id: component.id, version, description: describe(editor) }));
      expect(written).toBe(version + 1);
      expect(await expectData(editors[1]!.session.query("component.get", { slug: "b-service" }))).toMatchObject({ description: describe(winner), version: written });
      winners.push({ label: `${winner.name} <${winner.email}>`, description: describe(winner) });
      version = written;
    }
    const entries = await readStored(running.server.databaseFile, (db) => db.auditEntry.findMany({ where: { entityKind: "component", entityKey: "b-service", action: "update" }, orderBy: { id: "asc" }, select: { actorLabel: true, after: true } }));
    expect(entries.map((e) => ({ label: e.actorLabel, description: (JSON.parse(e.after!) as { description: string }).description }))).toEqual(winners);
  });

  it("a checklist answer: one wins, the other gets 409 saying it changed; the stored answer and its history hold the winner's answer only", async () => {
    const scope = { kind: "component", slug: "b-service" };
    type TEntry = { item: { id: string }; source: string; answer?: { note: string; version: number } };
    const entryOf = async (itemId?: string) => {
      const entries = (await expectData(editors[0]!.session.query<{ sections: { entries: TEntry[] }[] }>("checklist.get", { scope }))).sections.flatMap((s) => s.entries);
      return itemId ? entries.find((e) => e.item.id === itemId)! : entries.find((e) => e.source === "answered")!;
    };
    const answered = await entryOf();
    const itemId = answered.item.id;
    const winners: string[] = [];
    for (let round = 1, version = answered.answer!.version; round <= ROUNDS; round++) {
      const order = round % 2 ? editors : [...editors].reverse();
      const note = (editor: TEditor) => `Round ${round}, answered by ${editor.name}`;
      const { winner, version: written } = await race(running, order, "checklist.setAnswer", (editor) => ({ scope, itemId, version, status: "partial", note: note(editor), answeredBy: editor.name }));
      expect(written).toBe(version + 1);
      expect(await entryOf(itemId)).toMatchObject({ source: "answered", answer: { note: note(winner), version: written } });
      winners.push(note(winner));
      version = written;
    }
    const history = await readStored(running.server.databaseFile, (db) => db.checklistAnswerChange.findMany({ where: { component: { slug: "b-service" }, itemId }, orderBy: { answeredAt: "asc" }, select: { note: true } }));
    expect(history.map((h) => h.note).slice(-ROUNDS)).toEqual(winners);
    const audited = await readStored(running.server.databaseFile, (db) => db.auditEntry.findMany({ where: { entityKind: "checklist-answer", entityKey: `component:b-service|${itemId}`, action: "update" }, orderBy: { id: "asc" }, select: { after: true } }));
    expect(audited.map((e) => (JSON.parse(e.after!) as { note: string }).note)).toEqual(winners);
  });
});
