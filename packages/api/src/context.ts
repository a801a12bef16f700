import type { TDatabase } from "@topograph/db";

/**
 * What every procedure can reach. Built without a request so tests call procedures through
 * `createCaller` on a real database; the HTTP server adds per-request data later (sign-in).
 */
export interface TContext {
  db: TDatabase;
}

export function createContext(options: { db: TDatabase }): TContext {
  return { db: options.db };
}
