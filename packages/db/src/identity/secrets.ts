import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** Random bytes as lower-case hex. */
export function randomHex(bytes: number): string {
  return randomBytes(bytes).toString("hex");
}

/** 256 random bits, URL-safe: session and setup tokens. */
export function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * What is stored instead of a session, setup or API token. The tokens carry 256 random bits, so a
 * fast hash is enough: nobody can guess their way back from it, and lookups stay one index probe.
 */
export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Compares two hashes without leaking, through timing, how much of them matched. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
