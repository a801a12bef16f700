import { hash, verify } from "@node-rs/argon2";

/**
 * argon2id with the library's defaults, which are OWASP's minimum (19 MiB, 2 passes, 1 lane).
 * `2` is Argon2id in @node-rs/argon2's const enum, which isolated modules cannot import by name.
 */
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** A PHC string (`$argon2id$v=19$m=…`) holding the salt and parameters with the hash. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Compares in constant time inside the library; a malformed stored hash verifies nothing. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let decoy: Promise<string> | undefined;

/**
 * Spends the time a real verification takes, for an email with no account (or no password), so that
 * how long a failed sign-in takes does not tell whether the address has an account.
 */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoy ??= hashPassword("a decoy password that no account has");
  await verifyPassword(await decoy, password);
  return false;
}
