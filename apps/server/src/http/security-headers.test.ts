import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TDatabase } from "@topograph/db";
import { demoDatabase } from "@topograph/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listeningApp } from "./testing/listening-app.ts";

const webDist = fs.mkdtempSync(path.join(os.tmpdir(), "topograph-web-"));
const closers: (() => Promise<void>)[] = [];
let db: TDatabase;

async function serve(trustProxy: boolean): Promise<string> {
  const app = await listeningApp({ db, webDist, trustProxy });
  closers.push(app.close);
  return app.url;
}

let plain = "";
let behindProxy = "";
beforeAll(async () => {
  fs.writeFileSync(path.join(webDist, "index.html"), "<!doctype html><title>Topograph</title>");
  db = await demoDatabase();
  plain = await serve(false);
  behindProxy = await serve(true);
});
afterAll(() => Promise.all(closers.map((close) => close())));

const CSP =
  "default-src 'self';script-src 'self';style-src 'self' 'unsafe-inline';img-src 'self' data:;font-src 'self';connect-src 'self';worker-src 'self';object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'none'";

describe("security headers", () => {
  it("are on API answers, pages, health probes and not-found answers alike", async () => {
    const responses = {
      api: await fetch(`${plain}/trpc/auth.me`),
      page: await fetch(`${plain}/teams/team-a`, { headers: { accept: "text/html" } }),
      health: await fetch(`${plain}/healthz`),
      missing: await fetch(`${plain}/assets/missing.js`),
    };
    expect([responses.api.status, responses.page.status, responses.health.status, responses.missing.status]).toEqual([200, 200, 200, 404]);
    expect(await responses.page.text()).toContain("<title>Topograph</title>");
    for (const response of Object.values(responses)) {
      expect(response.headers.get("content-security-policy")).toBe(CSP);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("same-origin");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("cross-origin-opener-policy")).toBe("same-origin");
      expect(response.headers.get("strict-transport-security")).toBeNull();
    }
  });

  it("pin HTTPS (HSTS) only when the browser came over TLS, as a trusted proxy reports", async () => {
    const hsts = async (url: string, proto: string) => (await fetch(`${url}/healthz`, { headers: { "x-forwarded-proto": proto } })).headers.get("strict-transport-security");
    expect(await hsts(behindProxy, "https")).toBe("max-age=31536000; includeSubDomains");
    expect(await hsts(behindProxy, "http")).toBeNull();
    // Anyone can send the header; without a trusted proxy it means nothing.
    expect(await hsts(plain, "https")).toBeNull();
  });
});
