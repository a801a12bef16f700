import { randomUUID } from "node:crypto";
import type { TAuditActor, TProposedChange } from "@topograph/domain";
import type { TDatabase } from "../client.ts";
import type { TTransaction } from "../catalog/integrity.ts";
import { runAudited } from "../audit/audit-context.ts";
import { changesRecordedAs } from "./proposed-changes.ts";

/** Carries the recorded changes out of the transaction it rolls back. */
class RolledBack extends Error {
  constructor(readonly changes: TProposedChange[]) {
    super("dry run rolled back");
  }
}

/**
 * Runs a write without keeping it and returns what it would change, exactly as the audit log would
 * record it: the write runs in a transaction with every check it normally makes (versions,
 * references, validation), its audit entries are read back, and the transaction is rolled back.
 */
export async function dryRun(db: TDatabase, actor: TAuditActor, work: (tx: TTransaction) => Promise<unknown>): Promise<TProposedChange[]> {
  const correlationId = `dry-run:${randomUUID()}`;
  try {
    await db.$transaction((tx) =>
      runAudited({ actor, via: "change-request", correlationId }, async () => {
        await work(tx);
        throw new RolledBack(await changesRecordedAs(tx, correlationId));
      }),
    );
  } catch (error) {
    if (error instanceof RolledBack) return error.changes;
    throw error;
  }
  throw new Error("A dry run must roll back.");
}
