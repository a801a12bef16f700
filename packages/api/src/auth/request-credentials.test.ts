import type { Socket } from "node:net";
import { emptyDatabase } from "@topograph/db/testing";
import { describe, expect, it } from "vitest";
import { sessionTokenFrom } from "./cookies.ts";
import { requestOrigin, resolveRequestCaller } from "./request-credentials.ts";

const socket = (remoteAddress: string, encrypted = false) => ({ remoteAddress, encrypted }) as unknown as Socket;
const forwarded = { "x-forwarded-for": "6.6.6.6, 192.0.2.10", "x-forwarded-proto": "https" };

describe("where a request came from", () => {
  it("is the socket's address and scheme, whatever forwarded headers claim, unless the proxy is trusted", () => {
    expect(requestOrigin({ headers: forwarded, socket: socket("10.0.0.5") }, false)).toEqual({ ip: "10.0.0.5", secure: false });
    expect(requestOrigin({ headers: {}, socket: socket("10.0.0.5", true) }, false)).toEqual({ ip: "10.0.0.5", secure: true });
  });

  it("behind a trusted proxy, is the address the proxy appended and the scheme it reports", () => {
    expect(requestOrigin({ headers: forwarded, socket: socket("10.0.0.5") }, true)).toEqual({ ip: "192.0.2.10", secure: true });
    expect(requestOrigin({ headers: { "x-forwarded-proto": "http" }, socket: socket("10.0.0.5") }, true)).toEqual({ ip: "10.0.0.5", secure: false });
  });
});

describe("the session cookie in a Cookie header", () => {
  it("is found among other cookies, and absent when empty or missing", () => {
    expect(sessionTokenFrom("theme=dark; topograph_session=abc-123 ; other=x")).toBe("abc-123");
    expect(sessionTokenFrom("topograph_session=")).toBeUndefined();
    expect(sessionTokenFrom("not_topograph_session=abc")).toBeUndefined();
    expect(sessionTokenFrom(undefined)).toBeUndefined();
  });
});

describe("the caller of a request", () => {
  it("is anonymous without credentials, and says why when the Authorization header is not a bearer token", async () => {
    const db = await emptyDatabase();
    expect(await resolveRequestCaller(db, {}, new Date())).toEqual({ user: null, credential: null, credentialProblem: null });
    expect(await resolveRequestCaller(db, { authorization: "Basic YWRtaW46YWRtaW4=" }, new Date())).toEqual({
      user: null,
      credential: null,
      credentialProblem: "Send API tokens as Authorization: Bearer <token>.",
    });
    expect((await resolveRequestCaller(db, { cookie: "topograph_session=made-up" }, new Date())).credentialProblem).toBe("Your session has ended; sign in again.");
  });
});
