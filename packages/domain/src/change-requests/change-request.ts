import { z } from "zod";
import type { TAuditAction, TAuditEntityKind, TAuditFields } from "../audit/vocabulary.ts";
import { vocabulary, ZEntityIdSchema, ZVersionSchema } from "../catalog/fields.ts";
import type { TTeamRef } from "../authorisation/actor.ts";

/**
 * A change request proposes one write to something strongly owned by teams the requester is not
 * in. These are the writes that can be proposed: the everyday edits of what a team owns.
 */
export const REQUESTABLE_OPERATIONS = ["component.update", "repository.update", "namespace.update", "checklist.setAnswer", "waiver.create"] as const;
export type TRequestableOperation = (typeof REQUESTABLE_OPERATIONS)[number];
export const ZRequestableOperationSchema = vocabulary("Operation", REQUESTABLE_OPERATIONS);

export const CHANGE_REQUEST_STATUSES = ["open", "approved", "rejected", "withdrawn"] as const;
export type TChangeRequestStatus = (typeof CHANGE_REQUEST_STATUSES)[number];

/** One entity the request changes, as the audit log would record it: the proposed diff. */
export interface TProposedChange {
  entityKind: TAuditEntityKind;
  entityKey: string;
  entityName: string;
  action: TAuditAction;
  before: TAuditFields | null;
  after: TAuditFields | null;
}

export interface TChangeRequest {
  id: string;
  operation: TRequestableOperation;
  input: unknown;
  entity: { kind: TAuditEntityKind; key: string; name: string };
  ownerTeams: TTeamRef[];
  changes: TProposedChange[];
  reason: string;
  status: TChangeRequestStatus;
  requester: { userId: string | null; label: string };
  reviewer: { userId: string | null; label: string } | null;
  reviewComment: string;
  decidedAt: Date | null;
  createdAt: Date;
  version: number;
}

const ZReasonSchema = z.string().trim().max(2000, "Reason must be at most 2000 characters.");

/** `input` is the proposed write's own input, checked against that operation's schema. */
export const ZChangeRequestCreateSchema = z
  .object({ operation: ZRequestableOperationSchema, input: z.unknown(), reason: ZReasonSchema.min(1, "Say why the owners should make this change.") })
  .strict();

export const ZChangeRequestRefSchema = z.object({ id: ZEntityIdSchema }).strict();

/** Approving or rejecting names the version seen, so two reviewers cannot both decide. */
export const ZChangeRequestDecisionSchema = z
  .object({ id: ZEntityIdSchema, version: ZVersionSchema, comment: z.string().trim().max(2000, "Comment must be at most 2000 characters.").default("") })
  .strict();
/** A rejection says why, so the requester learns what to change. */
export const ZChangeRequestRejectionSchema = ZChangeRequestDecisionSchema.safeExtend({ comment: z.string().trim().min(1, "Say why you reject it.").max(2000, "Comment must be at most 2000 characters.") });

export const CHANGE_REQUEST_VIEWS = ["to-review", "mine", "all"] as const;
export const ZChangeRequestListSchema = z
  .object({
    /** to-review: open requests on what the caller's teams own (administrators: every open one); mine: the caller's own. */
    view: vocabulary("View", CHANGE_REQUEST_VIEWS).default("to-review"),
    status: vocabulary("Status", CHANGE_REQUEST_STATUSES).optional(),
    entity: z.object({ kind: z.string().trim().min(1).max(40), key: z.string().trim().min(1).max(200) }).strict().optional(),
  })
  .strict();
export type TChangeRequestListInput = z.infer<typeof ZChangeRequestListSchema>;

/**
 * The fields a request would change whose value moved on since it was raised: the request is stale
 * then and approving it would overwrite someone else's edit. Compares what the change reads
 * (`before`) as proposed and as it would be applied now.
 */
export function staleFields(proposed: readonly TProposedChange[], now: readonly TProposedChange[]): { entityName: string; field: string; proposedFrom: unknown; now: unknown }[] {
  const stale = [];
  for (const change of proposed) {
    const current = now.find((c) => c.entityKind === change.entityKind && c.entityKey === change.entityKey);
    for (const [field, value] of Object.entries(change.before ?? {})) {
      const currentValue = current?.before?.[field];
      if (JSON.stringify(currentValue) !== JSON.stringify(value)) stale.push({ entityName: change.entityName, field, proposedFrom: value, now: currentValue });
    }
  }
  return stale;
}
