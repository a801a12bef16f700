import { describe, expect, it } from "vitest";
import { apiTokenExpiry, apiTokenHint, apiTokenStatus, formatApiToken, parseApiToken, ZApiTokenCreateSchema } from "./api-token.ts";

const prefix = "0a1b2c3d";
const secret = "f".repeat(64);

describe("API token format", () => {
  it("reads tpg_<prefix>_<secret> and parses back into its parts", () => {
    const token = formatApiToken({ prefix, secret });
    expect(token).toBe(`tpg_${prefix}_${secret}`);
    expect(parseApiToken(token)).toEqual({ prefix, secret });
    expect(parseApiToken(` ${token}\n`)).toEqual({ prefix, secret });
  });

  it("is not fooled by other strings", () => {
    for (const text of ["", "tpg_secret", `tpg_${prefix}_${secret}x`, `gh_${prefix}_${secret}`, `tpg_${prefix.toUpperCase()}_${secret}`, `tpg_${prefix}_${secret.slice(1)}`]) {
      expect(parseApiToken(text)).toBeNull();
    }
  });

  it("refuses to format parts of the wrong shape", () => {
    expect(() => formatApiToken({ prefix: "short", secret })).toThrow();
  });

  it("lists tokens by their prefix only", () => {
    expect(apiTokenHint(prefix)).toBe("tpg_0a1b2c3d_…");
  });
});

describe("creating a token", () => {
  it("expires in 90 days unless told otherwise, and a year at most", () => {
    expect(ZApiTokenCreateSchema.parse({ name: "CI" })).toEqual({ name: "CI", expiresInDays: 90 });
    expect(ZApiTokenCreateSchema.safeParse({ name: "CI", expiresInDays: 366 }).error?.issues[0]?.message).toBe("expiresInDays must be at most 365: tokens last a year at most.");
    expect(ZApiTokenCreateSchema.safeParse({ name: " " }).error?.issues[0]?.path).toEqual(["name"]);
  });

  it("computes the expiry from now", () => {
    expect(apiTokenExpiry(new Date("2026-01-01T00:00:00Z"), 365).toISOString()).toBe("2027-01-01T00:00:00.000Z");
  });
});

describe("token status", () => {
  const now = new Date("2026-06-01T00:00:00Z");
  it("is active until its expiry, expired from then on, and revoked once revoked", () => {
    expect(apiTokenStatus({ expiresAt: new Date("2026-06-02T00:00:00Z"), revokedAt: null }, now)).toBe("active");
    expect(apiTokenStatus({ expiresAt: now, revokedAt: null }, now)).toBe("expired");
    expect(apiTokenStatus({ expiresAt: new Date("2026-05-01T00:00:00Z"), revokedAt: new Date("2026-04-01T00:00:00Z") }, now)).toBe("revoked");
  });
});
