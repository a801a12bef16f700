import http from "node:http";
import net from "node:net";
import { TokenLimiter } from "@topograph/api";
import { createApiToken, type TDatabase } from "@topograph/db";
import { demoDatabase, testUser } from "@topograph/db/testing";
import { SESSION_COOKIE_NAME } from "@topograph/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FILE_BODY_LIMITS } from "./request-body.ts";
import { listeningApp, type TListeningApp } from "./testing/listening-app.ts";

const ARCHIVE_LIMIT = FILE_BODY_LIMITS["evidence.scan"]!;
/** Uploads a token may make in a minute here: few, so counting each upload twice would show. */
const TOKEN_REQUESTS_PER_MINUTE = 3;

let db: TDatabase;
let app: TListeningApp;
let port = 0;
let users = 0;
/** A new user's API token, so each test's token starts with its own count of requests. */
async function tokenOf(role: "viewer" | "editor"): Promise<string> {
  const user = await testUser(db, role, { email: `${role}-${++users}@example.test` });
  return `Bearer ${(await createApiToken(db, user.id, { name: `${role} uploads`, expiresInDays: 1 }, new Date())).token}`;
}

beforeAll(async () => {
  db = await demoDatabase();
  app = await listeningApp({ db, tokenLimiter: new TokenLimiter({ failures: 100, failureWindowSeconds: 60, requestsPerMinute: TOKEN_REQUESTS_PER_MINUTE }) });
  port = Number(new URL(app.url).port);
});
afterAll(() => app.close());

interface TAnswer {
  status: number;
  head: string;
  // biome-ignore lint/suspicious/noExplicitAny: test-only JSON reader
  body: any;
}

/** The body of an answer whose head is `head`, once all of it is in `rest` (declared by length or chunked); null before. */
function answerBody(head: string, rest: Buffer): Buffer | null {
  if (!/transfer-encoding: chunked/i.test(head)) return rest.length < Number(/content-length: (\d+)/i.exec(head)?.[1] ?? 0) ? null : rest;
  const chunks: Buffer[] = [];
  for (let at = 0; ; ) {
    const sizeEnd = rest.indexOf("\r\n", at);
    if (sizeEnd < 0) return null;
    const size = Number.parseInt(rest.subarray(at, sizeEnd).toString("latin1"), 16);
    if (size === 0) return Buffer.concat(chunks);
    if (rest.length < sizeEnd + 2 + size + 2) return null;
    chunks.push(rest.subarray(sizeEnd + 2, sizeEnd + 2 + size));
    at = sizeEnd + 2 + size + 2;
  }
}

/**
 * Sends a POST's head declaring `contentLength` bytes, then the body in 64 KiB pieces as fast as
 * the server takes them, until it answers; reports the answer with how much body had been sent by then.
 */
function upload(path: string, headers: Record<string, string>, contentLength: number, options: { sendBody: boolean } = { sendBody: true }): Promise<TAnswer & { sentBeforeAnswer: number }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    const piece = Buffer.alloc(64 * 1024, "A");
    let received = Buffer.alloc(0);
    let sent = 0;
    let sentBeforeAnswer: number | null = null;
    socket.on("data", (chunk: Buffer) => {
      sentBeforeAnswer ??= sent;
      received = Buffer.concat([received, chunk]);
      // A whole answer (the head, and as much body as it declares) ends the exchange, whether or not the server closes.
      const headEnd = received.indexOf("\r\n\r\n");
      if (headEnd < 0) return;
      const head = received.subarray(0, headEnd).toString("latin1");
      const body = answerBody(head, received.subarray(headEnd + 4));
      if (body === null) return;
      socket.destroy();
      clearTimeout(unanswered);
      try {
        resolve({ status: Number(head.split(" ")[1]), head, body: JSON.parse(body.toString("utf8")), sentBeforeAnswer });
      } catch (error) {
        reject(error);
      }
    });
    // A server waiting for a body that is held back never answers.
    const unanswered = setTimeout(() => {
      socket.destroy();
      reject(new Error(`No answer within 10 s, after ${sent} bytes of body.`));
    }, 10_000);
    // Writes still in flight when the server closes the connection fail: that is the point.
    socket.on("error", (error) => (sentBeforeAnswer === null ? reject(error) : undefined));
    const lines = Object.entries({ host: "127.0.0.1", "content-type": "application/json", "content-length": String(contentLength), ...headers }).map(([name, value]) => `${name}: ${value}\r\n`);
    socket.write(`POST /trpc/${path} HTTP/1.1\r\n${lines.join("")}\r\n`);
    const pump = () => {
      while (options.sendBody && sentBeforeAnswer === null && sent < contentLength && !socket.destroyed) {
        const next = piece.subarray(0, Math.min(piece.length, contentLength - sent));
        sent += next.length;
        if (!socket.write(next)) return void socket.once("drain", pump);
      }
    };
    pump();
  });
}

/** An archive scan as the web app sends it, small enough to be read whole; the bytes are no archive. */
function scanCall(authorization: string) {
  const body = JSON.stringify({ source: { kind: "archive", fileName: "manifests.tar.gz", base64: Buffer.from("not an archive").toString("base64") } });
  return fetch(`${app.url}/trpc/evidence.scan`, { method: "POST", headers: { "content-type": "application/json", authorization }, body });
}

describe("file uploads over HTTP", () => {
  it("refuses an anonymous 30 MiB archive with 401 while it is still being sent, and closes the connection", async () => {
    const answer = await upload("evidence.scan", {}, ARCHIVE_LIMIT);
    expect(answer.status).toBe(401);
    // Only what socket buffers take in before the answer: the server never read the body.
    expect(answer.sentBeforeAnswer).toBeLessThan(ARCHIVE_LIMIT / 4);
    expect(answer.head.toLowerCase()).toContain("connection: close");
    expect(answer.body.error).toMatchObject({ message: "Sign in to make changes.", data: { code: "UNAUTHORIZED", httpStatus: 401, appCode: "UNAUTHENTICATED", path: "evidence.scan", issues: [] } });
  });

  it("refuses a viewer's upload with 403 on its head alone, before a byte of the body is sent", async () => {
    const answer = await upload("backstage.import", { authorization: await tokenOf("viewer") }, FILE_BODY_LIMITS["backstage.import"]!, { sendBody: false });
    expect(answer.status).toBe(403);
    expect(answer.body.error).toMatchObject({ message: "Viewers read only: ask an administrator for the editor role to make changes.", data: { code: "FORBIDDEN", appCode: "FORBIDDEN", path: "backstage.import" } });
  });

  it("refuses an upload signed with a token or session cookie that is not valid with 401, saying why", async () => {
    const token = await upload("evidence.scan", { authorization: "Bearer tpg_made_up" }, ARCHIVE_LIMIT, { sendBody: false });
    expect(token.status).toBe(401);
    expect(token.body.error.message).toBe("The bearer token is not a Topograph API token (they read tpg_…).");
    const session = await upload("evidence.scan", { cookie: `${SESSION_COOKIE_NAME}=no-such-session`, origin: "http://127.0.0.1" }, ARCHIVE_LIMIT, { sendBody: false });
    expect(session.status).toBe(401);
    expect(session.body.error.data.appCode).toBe("UNAUTHENTICATED");
  });

  it("does not invite an anonymous client that asks first (Expect: 100-continue) to send its body", async () => {
    const answer = await upload("evidence.scan", { expect: "100-continue" }, ARCHIVE_LIMIT, { sendBody: false });
    expect(answer.status).toBe(401);
    expect(answer.head).not.toContain("100 Continue");
  });

  it("invites an editor who asks first, and lets the procedure run on what they send", async () => {
    const authorization = await tokenOf("editor");
    const answer = await new Promise<{ invited: boolean; status: number }>((resolve, reject) => {
      let invited = false;
      const request = http.request({ host: "127.0.0.1", port, method: "POST", path: "/trpc/evidence.scan", headers: { authorization, expect: "100-continue", "content-type": "application/json", "content-length": 2 } });
      request.on("continue", () => {
        invited = true;
        request.end("{}");
      });
      request.on("response", (response) => {
        response.resume();
        resolve({ invited, status: response.statusCode ?? 0 });
      });
      request.on("error", reject);
    });
    // Read and judged by the procedure's input schema.
    expect(answer).toEqual({ invited: true, status: 400 });
    const scanned = await scanCall(authorization);
    expect(scanned.status).toBe(200);
    // The scan ran: an archive it cannot open is a finding of the scan, not a refusal.
    expect(((await scanned.json()) as { result: { data: unknown } }).result.data).toMatchObject({ files: 0, errors: 1 });
  });

  it("counts each upload once against its token's requests per minute, and refuses the one past them with 429 on its head", async () => {
    const authorization = await tokenOf("editor");
    for (let i = 0; i < TOKEN_REQUESTS_PER_MINUTE; i++) expect((await scanCall(authorization)).status).toBe(200);
    const tooMany = await upload("evidence.scan", { authorization }, ARCHIVE_LIMIT, { sendBody: false });
    expect(tooMany.status).toBe(429);
    expect(tooMany.body.error.data).toMatchObject({ code: "TOO_MANY_REQUESTS", appCode: "RATE_LIMITED", path: "evidence.scan" });
  });
});
