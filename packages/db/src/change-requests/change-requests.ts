import {
  AppError,
  type TAuditActor,
  type TAuditEntityKind,
  type TChangeRequest,
  type TChangeRequestListInput,
  type TChangeRequestStatus,
  type TProposedChange,
  type TRequestableOperation,
  type TTeamRef,
} from "@topograph/domain";
import type { TDb } from "../catalog/integrity.ts";
import type { Prisma } from "../generated/prisma/client.ts";

type TChangeRequestRow = Prisma.ChangeRequestGetPayload<object>;

export function toChangeRequest(row: TChangeRequestRow): TChangeRequest {
  return {
    id: row.id,
    operation: row.operation as TRequestableOperation,
    input: JSON.parse(row.input) as unknown,
    entity: { kind: row.entityKind as TAuditEntityKind, key: row.entityKey, name: row.entityName },
    ownerTeams: JSON.parse(row.ownerTeams) as TTeamRef[],
    changes: JSON.parse(row.changes) as TProposedChange[],
    reason: row.reason,
    status: row.status as TChangeRequestStatus,
    requester: { userId: row.requesterId, label: row.requesterLabel },
    reviewer: row.reviewerLabel === null ? null : { userId: row.reviewerId, label: row.reviewerLabel },
    reviewComment: row.reviewComment,
    decidedAt: row.decidedAt,
    createdAt: row.createdAt,
    version: row.version,
  };
}

export interface TNewChangeRequest {
  operation: TRequestableOperation;
  input: unknown;
  ownerTeams: readonly TTeamRef[];
  changes: readonly TProposedChange[];
  reason: string;
  requester: TAuditActor;
}

/** Stores a proposed change; the entity it is about is the first one it changes. */
export async function raiseChangeRequest(db: TDb, request: TNewChangeRequest): Promise<TChangeRequest> {
  const [main] = request.changes;
  if (!main) throw AppError.invalid("input", "This change request would change nothing: the values are the ones already there.");
  const row = await db.changeRequest.create({
    data: {
      operation: request.operation,
      input: JSON.stringify(request.input),
      entityKind: main.entityKind,
      entityKey: main.entityKey,
      entityName: main.entityName,
      ownerTeams: JSON.stringify(request.ownerTeams),
      changes: JSON.stringify(request.changes),
      reason: request.reason,
      requesterId: request.requester.userId,
      requesterLabel: request.requester.label,
    },
  });
  return toChangeRequest(row);
}

export async function getChangeRequest(db: TDb, id: string): Promise<TChangeRequest> {
  const row = await db.changeRequest.findUnique({ where: { id } });
  if (!row) throw AppError.notFound("change request", id);
  return toChangeRequest(row);
}

/** At most this many per list: change requests are few and short-lived. */
const LIST_LIMIT = 200;

/**
 * Requests newest first. `to-review` holds the open requests on what `reviewerTeams` own (every open
 * one when null: an administrator reviews everything); `mine` those `userId` raised.
 */
export async function listChangeRequests(db: TDb, input: TChangeRequestListInput, caller: { userId: string; reviewerTeams: readonly string[] | null }): Promise<TChangeRequest[]> {
  const where: Prisma.ChangeRequestWhereInput = {
    ...(input.view === "to-review" ? { status: "open" } : input.status ? { status: input.status } : {}),
    ...(input.view === "mine" ? { requesterId: caller.userId } : {}),
    ...(input.entity ? { entityKind: input.entity.kind, entityKey: input.entity.key } : {}),
  };
  const rows = (await db.changeRequest.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: LIST_LIMIT })).map(toChangeRequest);
  if (input.view !== "to-review" || caller.reviewerTeams === null) return rows;
  const teams = caller.reviewerTeams;
  return rows.filter((request) => request.ownerTeams.some((team) => teams.includes(team.slug)));
}

/** What the header's bell counts: requests waiting for the caller's review, and decisions on theirs not seen yet. */
export async function changeRequestNotifications(db: TDb, caller: { userId: string; reviewerTeams: readonly string[] | null }): Promise<{ toReview: number; decided: number }> {
  const [toReview, decided] = await Promise.all([
    listChangeRequests(db, { view: "to-review" }, caller).then((rows) => rows.length),
    db.changeRequest.count({ where: { requesterId: caller.userId, status: { in: ["approved", "rejected"] }, requesterSeenAt: null } }),
  ]);
  return { toReview, decided };
}

/** The requester has seen the decisions on their requests. */
export async function markChangeRequestsSeen(db: TDb, userId: string, now: Date): Promise<{ count: number }> {
  return db.changeRequest.updateMany({ where: { requesterId: userId, status: { in: ["approved", "rejected"] }, requesterSeenAt: null }, data: { requesterSeenAt: now } });
}
