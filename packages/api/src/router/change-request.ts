import {
  approveChangeRequest,
  changeRequestNotifications,
  dryRun,
  getChangeRequest,
  listChangeRequests,
  markChangeRequestsSeen,
  raiseChangeRequest,
  rejectChangeRequest,
  withdrawChangeRequest,
} from "@topograph/db";
import {
  actorOf,
  AppError,
  decide,
  roleMay,
  staleFields,
  teamList,
  ZChangeRequestCreateSchema,
  ZChangeRequestDecisionSchema,
  ZChangeRequestListSchema,
  ZChangeRequestRefSchema,
  ZChangeRequestRejectionSchema,
  type TActor,
  type TChangeRequest,
  type TPermissionNeed,
  type TTeamRef,
} from "@topograph/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { ZodError } from "zod";
import { REQUESTABLE } from "../change-requests/requestable-operations.ts";
import type { TContext } from "../context.ts";
import { catalogProcedure, draftProcedure } from "../trpc.ts";

/** The proposed input, checked again by its operation's schema; problems name `input.<field>`. */
function parsedInput(operation: (typeof REQUESTABLE)[keyof typeof REQUESTABLE], input: unknown): unknown {
  const parsed = operation.schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = (parsed.error as ZodError).issues.map((issue) => ({ path: ["input", ...issue.path].join("."), message: issue.message }));
  throw new AppError("INVALID", `Invalid input: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`, issues);
}

async function signedInActor(ctx: TContext): Promise<TActor> {
  const actor = await ctx.actor();
  if (!actor || !ctx.user) throw AppError.unauthenticated();
  return actor;
}

function ownersOf(needs: readonly TPermissionNeed[]): TTeamRef[] {
  const teams = new Map<string, TTeamRef>();
  for (const need of needs) if (need.kind === "change" || need.kind === "govern") for (const team of need.target.ownerTeams) teams.set(team.slug, team);
  return [...teams.values()];
}

/** Reviewing a request takes what making the change directly takes: being an owner, or an administrator. */
async function expectReviewer(ctx: TContext, request: TChangeRequest): Promise<unknown> {
  const operation = REQUESTABLE[request.operation];
  const input = parsedInput(operation, request.input);
  const actor = await signedInActor(ctx);
  const needs = await operation.needs(ctx.db, input);
  if (needs.some((need) => !decide(actor, need).allowed)) {
    const owners = ownersOf(needs);
    throw AppError.forbidden(`Only ${owners.length ? `members of ${teamList(owners)}` : "the owners"} or administrators may review this change request.`);
  }
  return input;
}

/** Whether the caller could approve it now, and which proposed values moved on since (a stale request cannot be approved). */
async function reviewState(ctx: TContext, request: TChangeRequest) {
  const actor = await ctx.actor();
  const operation = REQUESTABLE[request.operation];
  const input = operation.schema.safeParse(request.input);
  const needs = input.success ? await operation.needs(ctx.db, input.data) : [];
  const mayReview = request.status === "open" && actor !== null && input.success && needs.every((need) => decide(actor, need).allowed);
  const mayWithdraw = request.status === "open" && actor !== null && (request.requester.userId === actor.userId || roleMay(actor.role, "administer"));
  if (request.status !== "open" || !input.success) return { mayReview, mayWithdraw, stale: null };
  try {
    const now = await dryRun(ctx.db, actorOf(ctx.user), (tx) => operation.write(tx, input.data, ctx.now()));
    const fields = staleFields(request.changes, now);
    return { mayReview, mayWithdraw, stale: fields.length ? { message: `${fields.map((f) => `${f.entityName} ${f.field}`).join(", ")} changed since it was raised.`, fields } : null };
  } catch (error) {
    if (error instanceof AppError) return { mayReview, mayWithdraw, stale: { message: error.message, fields: [] } };
    throw error;
  }
}

async function reviewerScope(ctx: TContext) {
  const actor = await signedInActor(ctx);
  return { userId: actor.userId, reviewerTeams: roleMay(actor.role, "administer") ? null : actor.teams.map((team) => team.slug) };
}

/**
 * Change requests: a non-owner's edit to something strongly owned, proposed to its owners, who
 * approve it (applied in one transaction, refused when stale) or reject it with a comment.
 */
export const changeRequestRouter = {
  /** Proposes a write the caller may not make directly because teams they are not in own what it changes. */
  create: draftProcedure.input(ZChangeRequestCreateSchema).mutation(async ({ ctx, input }) => {
    const operation = REQUESTABLE[input.operation];
    const proposed = parsedInput(operation, input.input);
    const actor = await signedInActor(ctx);
    const refused = (await operation.needs(ctx.db, proposed)).map((need) => ({ need, permission: decide(actor, need) })).filter(({ permission }) => !permission.allowed);
    if (refused.length === 0) throw AppError.invalid("operation", "You may make this change yourself: no change request is needed.");
    // Only what the owners could decide can be proposed to them; anything else is refused as it would be directly.
    const beyondOwners = refused.find(({ need }) => need.kind !== "change" && need.kind !== "govern");
    if (beyondOwners && !beyondOwners.permission.allowed) throw new AppError(beyondOwners.permission.code, beyondOwners.permission.message);
    const requester = actorOf(ctx.user);
    const changes = await dryRun(ctx.db, requester, (tx) => operation.write(tx, proposed, ctx.now()));
    return raiseChangeRequest(ctx.db, { operation: input.operation, input: proposed, ownerTeams: ownersOf(refused.map(({ need }) => need)), changes, reason: input.reason, requester });
  }),

  list: draftProcedure.input(ZChangeRequestListSchema.default({ view: "to-review" })).query(async ({ ctx, input }) => listChangeRequests(ctx.db, input, await reviewerScope(ctx))),

  /** One request with what the caller may do with it and, while open, whether it went stale. */
  get: draftProcedure.input(ZChangeRequestRefSchema).query(async ({ ctx, input }) => {
    const request = await getChangeRequest(ctx.db, input.id);
    return { ...request, ...(await reviewState(ctx, request)) };
  }),

  /** Applies the proposed write as the reviewer, and closes the request, in one transaction. */
  approve: catalogProcedure.input(ZChangeRequestDecisionSchema).mutation(async ({ ctx, input }) => {
    const request = await getChangeRequest(ctx.db, input.id);
    const proposed = await expectReviewer(ctx, request);
    const operation = REQUESTABLE[request.operation];
    return approveChangeRequest(ctx.db, { ...input, reviewer: actorOf(ctx.user), now: ctx.now() }, (tx) => operation.write(tx, proposed, ctx.now()));
  }),

  reject: draftProcedure.input(ZChangeRequestRejectionSchema).mutation(async ({ ctx, input }) => {
    await expectReviewer(ctx, await getChangeRequest(ctx.db, input.id));
    return rejectChangeRequest(ctx.db, { ...input, reviewer: actorOf(ctx.user), now: ctx.now() });
  }),

  withdraw: draftProcedure.input(ZChangeRequestDecisionSchema).mutation(async ({ ctx, input }) => {
    const request = await getChangeRequest(ctx.db, input.id);
    const actor = await signedInActor(ctx);
    if (request.requester.userId !== actor.userId && !roleMay(actor.role, "administer")) throw AppError.forbidden("Only the requester or an administrator may withdraw a change request.");
    return withdrawChangeRequest(ctx.db, { ...input, now: ctx.now() });
  }),

  /** For the header: requests waiting for the caller's review, and decisions on theirs they have not seen. */
  notifications: draftProcedure.query(async ({ ctx }) => changeRequestNotifications(ctx.db, await reviewerScope(ctx))),

  markSeen: draftProcedure.mutation(async ({ ctx }) => markChangeRequestsSeen(ctx.db, (await signedInActor(ctx)).userId, ctx.now())),
} satisfies TRPCRouterRecord;
