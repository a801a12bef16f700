import type { TCredential } from "@topograph/db";
import { AppError } from "@topograph/domain";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

export interface TTokenLimits {
  /** Bearer tokens that fail to resolve (unknown, expired, revoked) allowed per client address within the window. */
  failures: number;
  failureWindowSeconds: number;
  /** Requests one valid token may make per minute (TOPOGRAPH_TOKEN_RATE_LIMIT). */
  requestsPerMinute: number;
}

export const TOKEN_LIMITS: TTokenLimits = { failures: 20, failureWindowSeconds: 15 * 60, requestsPerMinute: 600 };

/**
 * Limits API token use, in this process's memory like the sign-in limit (several replicas need a
 * shared store, issue 9): an address that keeps presenting tokens that do not resolve is refused
 * for a while, so guessing tokens is slow; each valid token gets a generous request rate, so a
 * runaway script cannot crowd out everyone else. A valid token does not clear an address's
 * failures, or one good token would let its holder keep guessing.
 */
export class TokenLimiter {
  readonly #limits: TTokenLimits;
  readonly #failures: RateLimiterMemory;
  readonly #requests: RateLimiterMemory;

  constructor(limits: TTokenLimits = TOKEN_LIMITS) {
    this.#limits = limits;
    this.#failures = new RateLimiterMemory({ points: limits.failures, duration: limits.failureWindowSeconds });
    this.#requests = new RateLimiterMemory({ points: limits.requestsPerMinute, duration: 60 });
  }

  /**
   * Resolves a request that presented a bearer token, under both limits: throws RATE_LIMITED
   * before resolving when the address is blocked, and after when the token is over its rate.
   */
  async guard<T extends { credential: TCredential | null }>(ip: string, resolve: () => Promise<T>): Promise<T> {
    const state = await this.#failures.get(ip);
    if (state && state.consumedPoints >= this.#limits.failures) {
      throw new AppError("RATE_LIMITED", `Too many requests with API tokens that are not valid came from your address. Try again in ${waitFor(state.msBeforeNext)}.`);
    }
    const caller = await resolve();
    if (caller.credential?.kind === "api-token") await this.#use(caller.credential.tokenId);
    else await this.#failures.penalty(ip, 1);
    return caller;
  }

  async #use(tokenId: string): Promise<void> {
    try {
      await this.#requests.consume(tokenId);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      throw new AppError("RATE_LIMITED", `This API token has made more than ${this.#limits.requestsPerMinute} requests in a minute. Try again in ${waitFor(refusal.msBeforeNext)}.`);
    }
  }
}

/** "14 minutes", "2 minutes", or seconds when no more than a minute is left. */
function waitFor(milliseconds: number): string {
  if (milliseconds <= 60_000) {
    const seconds = Math.max(1, Math.ceil(milliseconds / 1000));
    return `${seconds} second${seconds === 1 ? "" : "s"}`;
  }
  const minutes = Math.ceil(milliseconds / 60_000);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
