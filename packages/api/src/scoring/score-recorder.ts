import { bumpCatalogRevision, catalogRevision, loadFacts, loadPlanningCatalog, loadSearchIndex, recordScores, type TDatabase, type TFacts, type TRecording, type TRecordReason } from "@topograph/db";
import type { SearchIndex, TPlanningCatalog } from "@topograph/domain";
import { ReadCache } from "./read-cache.ts";

/**
 * Keeps score history in step with the facts: every change of facts asks for a recording, bursts
 * of changes share one, and recordings never overlap. A caller that must see its change in history
 * (a waiver, a scorecard edit) awaits the promise; catalog edits do not wait for it.
 */
export class ScoreRecorder {
  private running: Promise<TRecording> | null = null;
  private queued: Promise<TRecording> | null = null;
  private queuedReason: TRecordReason = "change";

  constructor(
    private readonly db: TDatabase,
    private readonly clock: () => Date,
    private readonly onError: (error: unknown) => void = (error) => console.error("Recording scores failed:", error),
    /** Shared with the procedures of this process, so a recording and a page reuse one read. */
    readonly facts: ReadCache<TFacts> = new ReadCache(() => loadFacts(db), () => catalogRevision(db)),
    /** The catalog as the team-boundary planner reads it; dropped with the facts on every catalog write. */
    readonly planning: ReadCache<TPlanningCatalog> = new ReadCache(() => loadPlanningCatalog(db), () => catalogRevision(db)),
    /** Every entity's name and slug for the search box; dropped with the facts on every catalog write. */
    readonly search: ReadCache<SearchIndex> = new ReadCache(() => loadSearchIndex(db), () => catalogRevision(db)),
  ) {}

  /** Records once the current recording (if any) is done; calls meanwhile join that next one. */
  record(reason: TRecordReason = "change"): Promise<TRecording> {
    if (reason === "daily") this.queuedReason = "daily";
    if (this.queued) return this.queued;
    const previous = this.running ?? Promise.resolve(null);
    this.queued = previous
      .catch(() => null)
      .then(() => {
        const why = this.queuedReason;
        this.queued = null;
        this.queuedReason = "change";
        // An entity deleted between reading and writing fails the write; the second run sees it gone.
        const run = async () => recordScores(this.db, this.clock(), why, await this.facts.get());
        this.running = run().catch(() => {
          this.facts.invalidate();
          return run();
        });
        return this.running;
      })
      .finally(() => {
        this.running = null;
      });
    return this.queued;
  }

  /**
   * After a catalog write committed: other replicas learn of it through the change marker before
   * the caller is answered; the recording is fire and forget (failures reported, never thrown at
   * the caller whose write succeeded).
   */
  async factsChanged(): Promise<void> {
    this.facts.invalidate();
    this.planning.invalidate();
    this.search.invalidate();
    await bumpCatalogRevision(this.db).catch(this.onError);
    this.record("change").catch(this.onError);
  }

  /** Resolves when no recording is running or queued (tests and shutdown). */
  async idle(): Promise<void> {
    while (this.queued || this.running) await (this.queued ?? this.running)!.catch(() => null);
  }
}
