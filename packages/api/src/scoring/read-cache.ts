/**
 * A read of the whole catalog (the facts of every entity, the planning catalog), made once and
 * reused until the next write. Reading is the expensive part at enterprise scale (seconds),
 * so every page between two writes costs only the evaluation. Writes in this process invalidate
 * it at once; writes by other replicas or the CLI reach it through `revision`, a shared counter
 * (the catalog change marker) compared before every answer.
 */
export class ReadCache<T> {
  private generation = 0;
  private cached: { generation: number; revision: number; value: Promise<T> } | null = null;

  constructor(
    private readonly read: () => Promise<T>,
    private readonly revision: () => Promise<number> = async () => 0,
  ) {}

  async get(): Promise<T> {
    const revision = await this.revision();
    if (this.cached?.generation === this.generation && this.cached.revision === revision) return this.cached.value;
    // Started after the revision was read, so it sees at least that revision and every local write so far.
    const value = this.read();
    this.cached = { generation: this.generation, revision, value };
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
