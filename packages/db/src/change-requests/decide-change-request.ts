import { AppError, staleFields, type TAuditActor, type TChangeRequest, type TProposedChange } from "@topograph/domain";
import { inTransaction, type TDb, type TTransaction } from "../catalog/integrity.ts";
import { runAudited } from "../audit/audit-context.ts";
import { getChangeRequest, toChangeRequest } from "./change-requests.ts";
import { changesRecordedAs } from "./proposed-changes.ts";

interface TDecision {
  id: string;
  version: number;
  reviewer: TAuditActor;
  comment: string;
  now: Date;
}

function expectOpen(request: TChangeRequest, version: number): void {
  if (request.status !== "open") throw new AppError("STALE_VERSION", `This change request was already ${request.status}${request.reviewer ? ` by ${request.reviewer.label}` : ""}.`);
  if (request.version !== version) throw new AppError("STALE_VERSION", `This change request changed while you looked at it (you saw version ${version}, it is at version ${request.version}). Reload it.`);
}

/** Closes an open request; zero rows updated means another reviewer decided first. */
async function close(tx: TTransaction, decision: TDecision, status: "approved" | "rejected" | "withdrawn", reviewer: TAuditActor | null): Promise<TChangeRequest> {
  const { count } = await tx.changeRequest.updateMany({
    where: { id: decision.id, version: decision.version, status: "open" },
    data: { status, reviewComment: decision.comment, decidedAt: decision.now, reviewerId: reviewer?.userId ?? null, reviewerLabel: reviewer?.label ?? null, version: { increment: 1 } },
  });
  if (count !== 1) throw new AppError("STALE_VERSION", "Someone else decided this change request first. Reload it.");
  return toChangeRequest(await tx.changeRequest.findUniqueOrThrow({ where: { id: decision.id } }));
}

function describeStale(stale: ReturnType<typeof staleFields>): string {
  const shown = (value: unknown) => (value === undefined ? "(nothing)" : JSON.stringify(value));
  return stale.map((s) => `${s.entityName} ${s.field} was ${shown(s.proposedFrom)} when proposed and is ${shown(s.now)} now`).join("; ");
}

/**
 * Applies the proposed write and closes the request, in one transaction: the write runs as the
 * reviewer through the change-request path (its audit entries grouped under the request's id), and
 * the whole approval is refused when what the write changes moved on since the request was raised.
 */
export async function approveChangeRequest(db: TDb, decision: TDecision, write: (tx: TTransaction) => Promise<unknown>): Promise<{ request: TChangeRequest; changes: TProposedChange[] }> {
  return inTransaction(db, async (tx) => {
    const request = await getChangeRequest(tx, decision.id);
    expectOpen(request, decision.version);
    const correlationId = `change-request:${request.id}`;
    try {
      await runAudited({ actor: decision.reviewer, via: "change-request", correlationId }, () => write(tx));
    } catch (error) {
      if (error instanceof AppError && error.code === "STALE_VERSION") {
        throw new AppError("STALE_VERSION", `This change request is stale: ${request.entity.name} changed since it was raised, so approving it would overwrite that change. Reject it and ask for a new one. (${error.message})`);
      }
      throw error;
    }
    const changes = await changesRecordedAs(tx, correlationId);
    const stale = staleFields(request.changes, changes);
    if (stale.length) {
      throw new AppError("STALE_VERSION", `This change request is stale: ${describeStale(stale)}. Approving it would overwrite that change; reject it and ask for a new one.`);
    }
    return { request: await close(tx, decision, "approved", decision.reviewer), changes };
  });
}

export async function rejectChangeRequest(db: TDb, decision: TDecision): Promise<TChangeRequest> {
  return inTransaction(db, async (tx) => {
    expectOpen(await getChangeRequest(tx, decision.id), decision.version);
    return close(tx, decision, "rejected", decision.reviewer);
  });
}

/** The requester takes it back. */
export async function withdrawChangeRequest(db: TDb, decision: Omit<TDecision, "reviewer">): Promise<TChangeRequest> {
  return inTransaction(db, async (tx) => {
    expectOpen(await getChangeRequest(tx, decision.id), decision.version);
    return close(tx, { ...decision, reviewer: { userId: null, label: "" } }, "withdrawn", null);
  });
}
