import type { IncomingHttpHeaders } from "node:http";
import type { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { crossSiteRefusal } from "./cross-site.ts";

const signedIn = { host: "topograph.example.com", cookie: "theme=dark; topograph_session=abc" };
const request = (method: string, headers: IncomingHttpHeaders, encrypted = false) => ({ method, headers, socket: { remoteAddress: "10.0.0.5", encrypted } as unknown as Socket });
const refusal = (method: string, headers: IncomingHttpHeaders, options: { trustProxy?: boolean; encrypted?: boolean } = {}) =>
  crossSiteRefusal(request(method, headers, options.encrypted), options.trustProxy ?? false);

describe("the cross-site check on cookie-signed writes", () => {
  it("lets a write from the server's own origin through, by Origin or, without one, by Referer", () => {
    expect(refusal("POST", { ...signedIn, origin: "http://topograph.example.com" })).toBeNull();
    expect(refusal("POST", { ...signedIn, origin: "https://topograph.example.com" }, { encrypted: true })).toBeNull();
    expect(refusal("POST", { ...signedIn, host: "topograph.example.com:80", origin: "http://Topograph.example.com" })).toBeNull();
    expect(refusal("POST", { ...signedIn, referer: "http://topograph.example.com/teams/team-a?tab=members" })).toBeNull();
  });

  it("refuses a write from another origin, a neighbouring subdomain, another port or scheme, or an opaque origin", () => {
    for (const origin of ["https://evil.example", "http://other.example.com", "http://topograph.example.com:8080", "https://topograph.example.com"]) {
      expect(refusal("POST", { ...signedIn, origin })).toBe(
        `Refused: changes signed in with a session cookie are accepted only from Topograph's own pages (http://topograph.example.com), and this request came from ${origin}. If Topograph runs behind a reverse proxy, set TOPOGRAPH_TRUST_PROXY=true and have the proxy send X-Forwarded-Host and X-Forwarded-Proto.`,
      );
    }
    expect(refusal("POST", { ...signedIn, origin: "null", referer: "http://topograph.example.com/" })).toContain("this request came from an opaque origin (null)");
    // Origin wins over a Referer that would have passed.
    expect(refusal("POST", { ...signedIn, origin: "https://evil.example", referer: "http://topograph.example.com/" })).toContain("came from https://evil.example");
    expect(refusal("DELETE", { ...signedIn, referer: "https://evil.example/page" })).toContain("came from https://evil.example");
  });

  it("refuses a cookie-signed write that names no origin at all", () => {
    expect(refusal("POST", signedIn)).toBe(
      "Refused: this request carries your session cookie but neither an Origin nor a Referer header, so Topograph cannot tell it came from its own pages. Scripts should use an API token (Authorization: Bearer).",
    );
  });

  it("leaves bearer-token calls, calls without the session cookie, and GET or HEAD reads alone", () => {
    expect(refusal("POST", { ...signedIn, authorization: "Bearer tpg_x", origin: "https://evil.example" })).toBeNull();
    expect(refusal("POST", { host: signedIn.host, cookie: "theme=dark", origin: "https://evil.example" })).toBeNull();
    expect(refusal("POST", { host: signedIn.host })).toBeNull();
    expect(refusal("GET", { ...signedIn, origin: "https://evil.example" })).toBeNull();
    expect(refusal("HEAD", signedIn)).toBeNull();
  });

  it("believes the forwarded host and scheme only from a trusted proxy", () => {
    const proxied = { ...signedIn, host: "topograph:3000", "x-forwarded-host": "topograph.example.com", "x-forwarded-proto": "https", origin: "https://topograph.example.com" };
    expect(refusal("POST", proxied, { trustProxy: true })).toBeNull();
    expect(refusal("POST", proxied)).toContain("(http://topograph:3000), and this request came from https://topograph.example.com");
    // A client cannot add a host of its choosing before the proxy's own entry.
    expect(refusal("POST", { ...proxied, "x-forwarded-host": "evil.example, topograph.example.com" }, { trustProxy: true })).toBeNull();
  });
});
