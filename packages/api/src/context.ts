import type { TDatabase } from "@topograph/db";
import { ScoreRecorder } from "./scoring/score-recorder.ts";

/**
 * What every procedure can reach. Built without a request so tests call procedures through
 * `createCaller` on a real database; the HTTP server adds per-request data later (sign-in).
 */
export interface TContext {
  db: TDatabase;
  /** The time procedures treat as now: waivers expire and history is stamped by it. */
  now: () => Date;
  scores: ScoreRecorder;
}

export function createContext(options: { db: TDatabase; now?: () => Date; scores?: ScoreRecorder }): TContext {
  const now = options.now ?? (() => new Date());
  return { db: options.db, now, scores: options.scores ?? new ScoreRecorder(options.db, now) };
}
