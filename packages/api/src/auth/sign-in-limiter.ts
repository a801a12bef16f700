import { AppError } from "@topograph/domain";
import { RateLimiterMemory } from "rate-limiter-flexible";

export interface TSignInLimits {
  /** Failed attempts allowed per email and client address within the window. */
  attempts: number;
  windowSeconds: number;
}

export const SIGN_IN_LIMITS: TSignInLimits = { attempts: 5, windowSeconds: 15 * 60 };

/**
 * Counts failed password checks per email and client address, in this process's memory: several
 * replicas would each count on their own, so they need a shared store (issue 9). A success clears
 * the count; once the limit is reached, even the right password waits for the window to pass.
 */
export class SignInLimiter {
  readonly #limiter: RateLimiterMemory;
  readonly #limits: TSignInLimits;

  constructor(limits: TSignInLimits = SIGN_IN_LIMITS) {
    this.#limits = limits;
    this.#limiter = new RateLimiterMemory({ points: limits.attempts, duration: limits.windowSeconds });
  }

  /** Throws RATE_LIMITED once the key has used up its failed attempts. */
  async #check(email: string, ip: string): Promise<void> {
    const state = await this.#limiter.get(key(email, ip));
    if (state && state.consumedPoints >= this.#limits.attempts) {
      const minutes = Math.max(1, Math.ceil(state.msBeforeNext / 60_000));
      throw new AppError("RATE_LIMITED", `Too many failed sign-in attempts for ${email} from your address. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
    }
  }

  async #failed(email: string, ip: string): Promise<void> {
    await this.#limiter.penalty(key(email, ip), 1);
  }

  async #succeeded(email: string, ip: string): Promise<void> {
    await this.#limiter.delete(key(email, ip));
  }

  /** Runs a password check under the limit, counting it when it fails for a wrong password. */
  async guard<T>(email: string, ip: string, attempt: () => Promise<T>, isWrongPassword: (error: unknown) => boolean): Promise<T> {
    await this.#check(email, ip);
    try {
      const result = await attempt();
      await this.#succeeded(email, ip);
      return result;
    } catch (error) {
      if (isWrongPassword(error)) await this.#failed(email, ip);
      throw error;
    }
  }
}

function key(email: string, ip: string): string {
  return `${email.toLowerCase()}|${ip}`;
}
