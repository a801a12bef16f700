import fs from "node:fs";
import http from "node:http";
import { describe, expect, it } from "vitest";
import { holderFile } from "./database-holder.ts";
import { servingPort, startServerProcess } from "./testing/server-process.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A sign-in whose body arrives in two parts: the request is in flight until `finish` sends the rest. */
function slowSignIn(port: number) {
  const body = JSON.stringify({ email: "nobody@example.com", password: "not the password, long enough" });
  const req = http.request({ host: "127.0.0.1", port, method: "POST", path: "/trpc/auth.signIn", agent: false, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), "x-request-id": "in-flight-1" } });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on("response", (res) => {
      let text = "";
      res.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.on("error", reject);
    });
    req.on("error", reject);
  });
  req.flushHeaders();
  req.write(body.slice(0, 10));
  return { response, finish: () => req.end(body.slice(10)) };
}

describe("graceful shutdown of the server process", () => {
  it("on SIGTERM turns unready first, lets the in-flight request finish and exits 0 within the grace period", async () => {
    const server = startServerProcess({ SHUTDOWN_DRAIN_MS: "1000", SHUTDOWN_GRACE_MS: "5000" });
    const port = await servingPort(server);
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect(fs.existsSync(holderFile(server.databaseFile))).toBe(true);

    const inFlight = slowSignIn(port);
    await sleep(200);
    const signalledAt = Date.now();
    server.child.kill("SIGTERM");

    // Still listening while draining, but unready: the load balancer takes it out.
    await expect.poll(async () => (await fetch(`${base}/readyz`)).status, { interval: 50, timeout: 900 }).toBe(503);
    const draining = await fetch(`${base}/readyz`);
    expect(await draining.json()).toEqual({ status: "shutting-down" });
    expect(draining.headers.get("connection")).toBe("close");

    // After the drain it stops listening; the request that began before the signal still completes.
    await expect.poll(() => fetch(`${base}/healthz`).then(() => "listening", () => "closed"), { interval: 100, timeout: 2000 }).toBe("closed");
    inFlight.finish();
    const { status, body } = await inFlight.response;
    expect(status).toBe(401);
    expect(JSON.parse(body).error.message).toMatch(/email or password/i);

    const { code, at } = await server.exited;
    expect(code).toBe(0);
    expect(at - signalledAt).toBeLessThan(5000);
    const messages = server.lines.map((line) => line.message);
    expect(messages).toEqual(expect.arrayContaining(["Received SIGTERM; unready now, finishing in-flight requests", "Stopped accepting connections", "POST /trpc/auth.signIn 401", "Shut down cleanly"]));
    expect(messages.indexOf("Shut down cleanly")).toBeGreaterThan(messages.indexOf("POST /trpc/auth.signIn 401"));
    // The mark `topograph restore` checks goes with the process.
    expect(fs.existsSync(holderFile(server.databaseFile))).toBe(false);
    expect(server.stderr()).toBe("");
  });

  it("exits 1 when a request is still in flight at the end of the grace period", async () => {
    const server = startServerProcess({ SHUTDOWN_GRACE_MS: "800" });
    const port = await servingPort(server);
    const stuck = slowSignIn(port);
    stuck.response.catch(() => {}); // the connection dies with the process
    await sleep(200);
    server.child.kill("SIGTERM");
    const { code } = await server.exited;
    expect(code).toBe(1);
    expect(server.lines.at(-1)).toMatchObject({ severity: "ERROR", message: "Requests still in flight when the grace period ran out; exiting" });
  });
});
