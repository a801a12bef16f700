import http from "node:http";
import net from "node:net";
import { createApiToken } from "@topograph/db";
import { demoDatabase, testUser } from "@topograph/db/testing";
import { MAX_CALLS_PER_BATCH } from "@topograph/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FILE_BODY_LIMITS, ORDINARY_BODY_LIMIT } from "./request-body.ts";
import { listeningApp, type TListeningApp } from "./testing/listening-app.ts";

let app: TListeningApp;
let port = 0;
/** An administrator's API token: permission is never why a call here is refused. */
let authorization = "";

beforeAll(async () => {
  const db = await demoDatabase();
  const administrator = await testUser(db, "administrator");
  authorization = `Bearer ${(await createApiToken(db, administrator.id, { name: "request limits", expiresInDays: 1 }, new Date())).token}`;
  app = await listeningApp({ db });
  port = Number(new URL(app.url).port);
});
afterAll(() => app.close());

interface TAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  // biome-ignore lint/suspicious/noExplicitAny: test-only JSON reader
  body: any;
}

/** Reads a whole answer; the body as JSON. */
function answerOf(response: http.IncomingMessage): Promise<TAnswer> {
  return new Promise((resolve, reject) => {
    let text = "";
    response.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
    response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: JSON.parse(text) }));
    response.on("error", reject);
  });
}

/** POSTs `body` (text, sent whole with its Content-Length) to /trpc/<path>. */
function post(path: string, body: string): Promise<TAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, method: "POST", path: `/trpc/${path}`, headers: { "content-type": "application/json", authorization } }, (response) => answerOf(response).then(resolve, reject));
    request.on("error", reject);
    request.end(body);
  });
}

/**
 * Sends only a request's head, declaring `contentLength` bytes of body, and reads what the server
 * says before a byte of the body is sent.
 */
function headOnly(path: string, contentLength: number, extraHeaders = ""): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    let received = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => (received += chunk));
    socket.on("end", () => resolve(received));
    socket.on("error", reject);
    socket.write(`POST /trpc/${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${contentLength}\r\n${extraHeaders}\r\n`);
  });
}

/**
 * Streams a chunked body of `chunk` repeated until the server answers (at most `ceiling` bytes),
 * and reports the answer with how much had been sent when it came.
 */
function streamUntilAnswered(path: string, chunk: string, ceiling: number): Promise<TAnswer & { sentBeforeAnswer: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const request = http.request({ host: "127.0.0.1", port, method: "POST", path: `/trpc/${path}`, headers: { "content-type": "application/json", authorization, "transfer-encoding": "chunked" } }, (response) => {
      answered = true;
      const sentBeforeAnswer = sent;
      answerOf(response).then((answer) => resolve({ ...answer, sentBeforeAnswer }), reject);
    });
    // The server closes the connection after refusing: writes still in flight then fail, which is the point.
    request.on("error", (error) => (answered ? undefined : reject(error)));
    const pump = () => {
      while (!answered && sent < ceiling) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", pump);
      }
      if (!answered) request.end();
    };
    request.write('{"name":"');
    pump();
  });
}

describe("request bodies over HTTP", () => {
  it("refuses a body declared larger than the limit with 413 before a byte of it is sent, and closes the connection", async () => {
    const answer = await headOnly("team.create", ORDINARY_BODY_LIMIT + 1);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer.toLowerCase()).toContain("connection: close");
    const error = JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4)).error;
    expect(error.message).toBe("The request body is larger than the 4 MiB this call accepts.");
    expect(error.data).toMatchObject({ code: "PAYLOAD_TOO_LARGE", httpStatus: 413, path: "team.create" });
  });

  it("refuses a client that asks first (Expect: 100-continue) without inviting the body", async () => {
    const answer = await headOnly("team.create", ORDINARY_BODY_LIMIT + 1, "Expect: 100-continue\r\n");
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).not.toContain("100 Continue");
  });

  it("answers a batch that is too large with one 413 error per call, as tRPC answers batches", async () => {
    const answer = await headOnly("team.create,team.list?batch=1", ORDINARY_BODY_LIMIT + 1);
    const errors = JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4));
    expect(errors.map((entry: { error: { data: { path: string; code: string } } }) => [entry.error.data.path, entry.error.data.code])).toEqual([
      ["team.create", "PAYLOAD_TOO_LARGE"],
      ["team.list", "PAYLOAD_TOO_LARGE"],
    ]);
  });

  it("cuts off a chunked body that grows past the limit with 413, without waiting for its end", async () => {
    const ceiling = 16 * ORDINARY_BODY_LIMIT;
    const answer = await streamUntilAnswered("team.create", "a".repeat(64 * 1024), ceiling);
    expect(answer.status).toBe(413);
    expect(answer.body.error.data.code).toBe("PAYLOAD_TOO_LARGE");
    expect(answer.headers.connection).toBe("close");
    // Answered while the client was still sending (socket buffers hold a few megabytes in flight), not after the whole stream.
    expect(answer.sentBeforeAnswer).toBeGreaterThan(ORDINARY_BODY_LIMIT);
    expect(answer.sentBeforeAnswer).toBeLessThan(ceiling);
  });

  it("takes an ordinary call's body up to the limit, where the input's own schema then decides", async () => {
    const answer = await post("team.create", JSON.stringify({ name: "Large", type: "platform", description: "é".repeat(1_500_000) }));
    expect(answer.status).toBe(400);
    expect(answer.body.error.data.issues).toEqual([{ path: "description", message: "Description must be at most 4000 characters." }]);
  });

  it("takes a Backstage catalog past the ordinary limit: file imports have a limit of their own", async () => {
    expect(FILE_BODY_LIMITS["backstage.import"]).toBeGreaterThan(ORDINARY_BODY_LIMIT);
    const answer = await post("backstage.import", JSON.stringify({ text: `# ${"x".repeat(ORDINARY_BODY_LIMIT)}\n`, fileName: "catalog-info.yaml" }));
    expect(answer.status).not.toBe(413);
    expect(answer.status).toBeLessThan(500);
  });

  it("refuses a batch of more calls than the web client ever sends with 400", async () => {
    const paths = (count: number) => Array.from({ length: count }, () => "team.list").join(",");
    const input = (count: number) => encodeURIComponent(JSON.stringify(Object.fromEntries(Array.from({ length: count }, (_, i) => [i, { limit: 1 }]))));
    const call = (count: number) => fetch(`http://127.0.0.1:${port}/trpc/${paths(count)}?batch=1&input=${input(count)}`, { headers: { authorization } });
    expect((await call(MAX_CALLS_PER_BATCH)).status).toBe(200);
    const refused = await call(MAX_CALLS_PER_BATCH + 1);
    expect(refused.status).toBe(400);
  });

  it("answers malformed JSON with 400 and a message, not a server error", async () => {
    for (const body of ['{"name": "x",', "{name: 'x'}", "\u0000\u0001", "[1, 2"]) {
      const answer = await post("team.create", body);
      expect(answer.status, body).toBe(400);
      expect(answer.body.error.message, body).toContain("JSON");
      expect(answer.body.error.data.appCode, body).not.toBe("INTERNAL");
    }
  });

  it("answers a body nested 100,000 levels deep with 400 naming what is wrong where, and keeps serving", async () => {
    const lists = await post("team.create", `${"[".repeat(100_000)}1${"]".repeat(100_000)}`);
    expect(lists.status).toBe(400);
    expect(lists.body.error.data.issues).toEqual([{ path: "(input)", message: "Invalid input: expected object, received array" }]);
    const objects = await post("team.create", `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`);
    expect(objects.status).toBe(400);
    expect(objects.body.error.data.issues.map((issue: { path: string }) => issue.path)).toEqual(["name", "type"]);
    const after = await fetch(`${app.url}/trpc/team.list?input=${encodeURIComponent("{}")}`, { headers: { authorization } });
    expect(after.status).toBe(200);
  });
});
