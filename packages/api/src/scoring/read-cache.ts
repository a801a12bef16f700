import { loadFacts, type TDatabase, type TFacts } from "@topograph/db";

/**
 * The facts of every entity, read once and reused until the next write. Reading them is the
 * expensive part of scoring at enterprise scale (seconds), evaluating them the cheap one, so every
 * scorecard page between two writes costs only the evaluation. One process, one cache: replicas
 * sharing a database will need a shared change marker (issue 9).
 */
export class FactsCache {
  private generation = 0;
  private cached: { generation: number; facts: Promise<TFacts> } | null = null;

  constructor(private readonly db: TDatabase) {}

  get(): Promise<TFacts> {
    if (this.cached?.generation === this.generation) return this.cached.facts;
    const generation = this.generation;
    const facts = loadFacts(this.db);
    this.cached = { generation, facts };
    // A failed read must not stick: the next caller tries again.
    facts.catch(() => {
      if (this.cached?.facts === facts) this.cached = null;
    });
    return facts;
  }

  /** After a write: the next read loads afresh, and a load already running is not reused. */
  invalidate(): void {
    this.generation += 1;
    this.cached = null;
  }
}
