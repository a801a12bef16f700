import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createApiToken, shippedMigrations } from "@topograph/db";
import { demoDatabase, testUser } from "@topograph/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listeningApp, type TListeningApp } from "./testing/listening-app.ts";

let baseUrl = "";
/** Scripts call as an administrator through an API token: the catalog is not readable anonymously. */
let authorization = "";
let app: TListeningApp;
const webDist = fs.mkdtempSync(path.join(os.tmpdir(), "topograph-web-"));

beforeAll(async () => {
  fs.writeFileSync(path.join(webDist, "index.html"), "<!doctype html><title>Topograph</title>");
  const db = await demoDatabase();
  const administrator = await testUser(db, "administrator");
  authorization = `Bearer ${(await createApiToken(db, administrator.id, { name: "app tests", expiresInDays: 1 }, new Date())).token}`;
  app = await listeningApp({ db, webDist });
  baseUrl = app.url;
});
afterAll(() => app.close());

// Response bodies are asserted field by field below, so they are read untyped.
// biome-ignore lint/suspicious/noExplicitAny: test-only JSON reader
const json = (response: Response): Promise<any> => response.json();
const trpcGet = (procedure: string, input: unknown) => fetch(`${baseUrl}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers: { authorization } });

describe("HTTP server", () => {
  it("answers scripts calling procedures over plain HTTP GET with JSON input", async () => {
    const response = await trpcGet("team.list", { type: "platform" });
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body.result.data.items.map((t: { slug: string }) => t.slug)).toEqual(["sre"]);
    expect(body.result.data.total).toBe(1);
  });

  it("explains bad input with what, where and why, and no stack trace", async () => {
    const response = await fetch(`${baseUrl}/trpc/component.create`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization },
      body: JSON.stringify({ name: "", kind: "lambda" }),
    });
    expect(response.status).toBe(400);
    const { error } = await json(response);
    expect(error.message).toBe("Invalid input: name: Name is required.; kind: Component kind must be one of: microservice, frontend, bff, sre-tool, shared-library.");
    expect(error.data).toEqual({
      code: "BAD_REQUEST",
      httpStatus: 400,
      path: "component.create",
      appCode: "INVALID",
      issues: [
        { path: "name", message: "Name is required." },
        { path: "kind", message: "Component kind must be one of: microservice, frontend, bff, sre-tool, shared-library." },
      ],
    });
    expect(JSON.stringify(error)).not.toContain("stack");
  });

  it("maps application errors to HTTP statuses: not found 404, stale version 409, blocked delete 412", async () => {
    const missing = await trpcGet("team.get", { slug: "nobody" });
    expect(missing.status).toBe(404);
    expect((await json(missing)).error.data.appCode).toBe("NOT_FOUND");

    const team = (await json(await trpcGet("team.get", { slug: "team-a" }))).result.data;
    const post = (procedure: string, input: unknown) =>
      fetch(`${baseUrl}/trpc/${procedure}`, { method: "POST", headers: { "content-type": "application/json", authorization }, body: JSON.stringify(input) });
    const stale = await post("team.update", { id: team.id, version: team.version + 5, name: "x" });
    expect(stale.status).toBe(409);
    expect((await json(stale)).error.data.appCode).toBe("STALE_VERSION");
    const blocked = await post("team.delete", { id: team.id, version: team.version });
    expect(blocked.status).toBe(412);
    expect((await json(blocked)).error.message).toContain("it owns 1 component (a-service)");
  });

  it("reports liveness and readiness (database reachable, migrations applied)", async () => {
    expect(await json(await fetch(`${baseUrl}/healthz`))).toEqual({ status: "ok" });
    const ready = await fetch(`${baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await json(ready)).toEqual({ status: "ready", migrations: shippedMigrations().length });
  });

  it("serves the web app for client-side routes, dotted ones included, but 404s missing files", async () => {
    const response = await fetch(`${baseUrl}/components/b-service`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<title>Topograph</title>");
    const dotted = await fetch(`${baseUrl}/decisions/delivery.model`, { headers: { accept: "text/html" } });
    expect(dotted.status).toBe(200);
    expect(await dotted.text()).toContain("<title>Topograph</title>");
    expect((await fetch(`${baseUrl}/assets/missing.js`)).status).toBe(404);
  });

  it("turns unready first when shutting down", async () => {
    app.beginShutdown();
    const ready = await fetch(`${baseUrl}/readyz`);
    expect(ready.status).toBe(503);
    expect(await json(ready)).toEqual({ status: "shutting-down" });
  });
});
