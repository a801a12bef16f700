import { AppError } from "../errors.ts";
import { applyOperation } from "./apply-operation.ts";
import { observe } from "./observe.ts";
import type { TScenarioOperation } from "./operations.ts";
import type { TPlanningCatalog } from "./planning-catalog.ts";

export interface TScenarioChange {
  id: string;
  operation: TScenarioOperation;
  /** What the operation read when it was drafted (see observe). */
  observed: string;
}

/**
 * How a change replays on today's catalog: `ok`; `changed` when the part of the catalog it reads
 * was edited since it was drafted (it still applies, on the new state); `failed` when it no longer
 * can (a team it names is gone) and was skipped.
 */
export type TReplayStep = { changeId: string; status: "ok" } | { changeId: string; status: "changed"; drafted: string; now: string } | { changeId: string; status: "failed"; message: string };

export interface TReplay {
  catalog: TPlanningCatalog;
  steps: TReplayStep[];
}

/** The scenario's catalog: its changes replayed, in order, on a copy of `base`. */
export function replayScenario(base: TPlanningCatalog, changes: readonly TScenarioChange[]): TReplay {
  const catalog = structuredClone(base);
  const steps = changes.map((change): TReplayStep => {
    const now = observe(catalog, change.operation);
    try {
      applyOperation(catalog, change.operation);
    } catch (error) {
      if (error instanceof AppError) return { changeId: change.id, status: "failed", message: error.message };
      throw error;
    }
    return now === change.observed ? { changeId: change.id, status: "ok" } : { changeId: change.id, status: "changed", drafted: change.observed, now };
  });
  return { catalog, steps };
}

/** Drafts one more change on a replayed scenario: checks it applies, and records what it read. */
export function draftChange(scenario: TPlanningCatalog, operation: TScenarioOperation): { observed: string; catalog: TPlanningCatalog } {
  const catalog = structuredClone(scenario);
  const observed = observe(catalog, operation);
  applyOperation(catalog, operation);
  return { observed, catalog };
}
