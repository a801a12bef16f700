import type { TCredential } from "@topograph/db";
import { describe, expect, it } from "vitest";
import { TokenLimiter } from "./token-limiter.ts";

const valid = (tokenId: string) => async () => ({ credential: { kind: "api-token", tokenId } as TCredential });
const refused = async () => ({ credential: null });

describe("the token-use limit", () => {
  it("refuses an address after its failures, before resolving, valid tokens included, until the window passes", async () => {
    const limiter = new TokenLimiter({ failures: 2, failureWindowSeconds: 1, requestsPerMinute: 100 });
    for (let i = 0; i < 2; i++) await expect(limiter.guard("192.0.2.1", refused)).resolves.toEqual({ credential: null });
    let resolved = false;
    await expect(
      limiter.guard("192.0.2.1", async () => {
        resolved = true;
        return valid("t1")();
      }),
    ).rejects.toMatchObject({ code: "RATE_LIMITED", message: "Too many requests with API tokens that are not valid came from your address. Try again in 1 second." });
    expect(resolved).toBe(false);
    // Another address is not held back by this one's failures.
    await expect(limiter.guard("192.0.2.2", valid("t1"))).resolves.toMatchObject({ credential: { tokenId: "t1" } });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await expect(limiter.guard("192.0.2.1", valid("t1"))).resolves.toMatchObject({ credential: { tokenId: "t1" } });
  });

  it("does not let a valid token clear an address's failures", async () => {
    const limiter = new TokenLimiter({ failures: 2, failureWindowSeconds: 60, requestsPerMinute: 100 });
    await limiter.guard("192.0.2.1", refused);
    await limiter.guard("192.0.2.1", valid("t1"));
    await limiter.guard("192.0.2.1", refused);
    await expect(limiter.guard("192.0.2.1", valid("t1"))).rejects.toMatchObject({ code: "RATE_LIMITED", message: expect.stringMatching(/^Too many requests with API tokens that are not valid came from your address\. Try again in \d+ seconds\.$/) });
  });

  it("limits each valid token to its requests per minute, wherever they come from", async () => {
    const limiter = new TokenLimiter({ failures: 20, failureWindowSeconds: 60, requestsPerMinute: 3 });
    for (const ip of ["192.0.2.1", "192.0.2.2", "192.0.2.3"]) await limiter.guard(ip, valid("t1"));
    await expect(limiter.guard("192.0.2.4", valid("t1"))).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/^This API token has made more than 3 requests in a minute\. Try again in (60|[1-5]?\d) seconds?\.$/),
    });
    await expect(limiter.guard("192.0.2.1", valid("t2"))).resolves.toMatchObject({ credential: { tokenId: "t2" } });
  });
});
