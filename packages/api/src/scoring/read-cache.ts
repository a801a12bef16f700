/**
 * A read of the whole catalog (the facts of every entity, the planning catalog), made once and
 * reused until the next write. Reading is the expensive part at enterprise scale (seconds),
 * so every page between two writes costs only the evaluation. One process, one cache: replicas
 * sharing a database will need a shared change marker (issue 9).
 */
export class ReadCache<T> {
  private generation = 0;
  private cached: { generation: number; value: Promise<T> } | null = null;

  constructor(private readonly read: () => Promise<T>) {}

  get(): Promise<T> {
    if (this.cached?.generation === this.generation) return this.cached.value;
    const generation = this.generation;
    const value = this.read();
    this.cached = { generation, value };
    // A failed read must not stick: the next caller tries again.
    value.catch(() => {
      if (this.cached?.value === value) this.cached = null;
    });
    return value;
  }

  /** After a write: the next read loads afresh, and a load already running is not reused. */
  invalidate(): void {
    this.generation += 1;
    this.cached = null;
  }
}
