import { runAudited } from "@topograph/db";
import { AppError, type TAppErrorCode, type TFieldIssue } from "@topograph/domain";
import { initTRPC, TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { ZodError } from "zod";
import { requestAuditContext } from "./audit/request-audit.ts";
import { writeRefusal } from "./auth/write-floor.ts";
import type { TContext } from "./context.ts";
import { expectStorableRawInput } from "./hostile-input/storable-text.ts";
import { traceProcedure } from "./telemetry/procedure-span.ts";

/** The one place application errors become transport codes. */
const TRPC_CODE_BY_APP_CODE: Record<TAppErrorCode, TRPC_ERROR_CODE_KEY> = {
  NOT_FOUND: "NOT_FOUND",
  DUPLICATE: "CONFLICT",
  STALE_VERSION: "CONFLICT",
  REFERENCED: "PRECONDITION_FAILED",
  INVALID: "BAD_REQUEST",
  UNAUTHENTICATED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_OWNER: "FORBIDDEN",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
};

/** What the client sees besides the message: a stable code and the fields to mark, never a stack. */
export interface TErrorData {
  code: TRPC_ERROR_CODE_KEY;
  httpStatus: number;
  path?: string;
  appCode: TAppErrorCode | "INTERNAL";
  issues: TFieldIssue[];
}

/** A bad record key (a label name) hides the key schema's own message one level down; bring it up. */
function issueMessage(issue: ZodError["issues"][number]): string {
  return issue.code === "invalid_key" ? (issue.issues[0]?.message ?? issue.message) : issue.message;
}

function describeInputError(error: ZodError): { message: string; issues: TFieldIssue[] } {
  const issues = error.issues.map((issue) => ({ path: issue.path.join(".") || "(input)", message: issueMessage(issue) }));
  const message = `Invalid input: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ")}`;
  return { message, issues };
}

const t = initTRPC.context<TContext>().create({
  isDev: false,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    let message = shape.message;
    let appCode: TErrorData["appCode"] = "INTERNAL";
    let issues: TFieldIssue[] = [];
    if (cause instanceof ZodError) {
      ({ message, issues } = describeInputError(cause));
      appCode = "INVALID";
    } else if (cause instanceof AppError) {
      ({ message, issues } = cause);
      appCode = cause.code;
    } else if (error.code === "INTERNAL_SERVER_ERROR") {
      // Unexpected failures are logged on the server; the client gets no internals.
      message = "Something went wrong on the server. It has been logged; please try again.";
    } else {
      appCode = error.code === "NOT_FOUND" ? "NOT_FOUND" : "INVALID";
    }
    const data: TErrorData = { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, appCode, issues };
    return { message, code: shape.code, data };
  },
});

/** An application error as tRPC sends it: the matching code, the error kept as the cause for the formatter. */
export function trpcErrorOf(error: AppError): TRPCError {
  return new TRPCError({ code: TRPC_CODE_BY_APP_CODE[error.code], message: error.message, cause: error });
}

/** Rethrows application errors with the matching tRPC code. */
const mapApplicationErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) throw trpcErrorOf(result.error.cause);
  return result;
});

/** Text no database stores (lone surrogates, NUL) is invalid input in any field, not a database error later (hostile-input/storable-text.ts). */
const refuseUnstorableText = t.middleware(async ({ getRawInput, next }) => {
  await expectStorableRawInput(getRawInput);
  return next();
});

/** Every write the call makes is recorded in the audit log as this caller, through this path (audit/request-audit.ts). */
const auditAsCaller = t.middleware(({ ctx, next }) => runAudited(requestAuditContext(ctx), () => next()));

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
/** Any successful catalog, checklist or evidence write may change facts a rule reads: history gets a recording after it. */
const recordScoresAfterWrites = t.middleware(async ({ ctx, type, next }) => {
  const result = await next();
  if (type === "mutation" && result.ok) await ctx.scores.factsChanged();
  return result;
});

/**
 * Writes to how entities are scored (scorecards, waivers, initiatives) leave the facts as they are,
 * so the facts cache stays; the caller waits for the recording, so the change is in history when
 * the call returns.
 */
const recordScoresBeforeReturning = t.middleware(async ({ ctx, type, next }) => {
  const result = await next();
  if (type === "mutation" && result.ok) await ctx.scores.record();
  return result;
});

/**
 * The floor under every catalog procedure: reading needs a signed-in user unless the server allows
 * anonymous reading (TOPOGRAPH_ANONYMOUS_READ); writing always needs an editor (auth/write-floor.ts).
 */
const requireSignedIn = t.middleware(({ ctx, type, next }) => {
  if (type === "mutation") {
    const refusal = writeRefusal(ctx);
    if (refusal) throw refusal;
  } else if (!ctx.user && !ctx.anonymousRead) {
    throw AppError.unauthenticated(ctx.credentialProblem ?? "Sign in to see the catalog.");
  }
  return next();
});

/** Every procedure: application errors mapped to transport codes, writes audited as the caller. */
const baseProcedure = t.procedure.use(traceProcedure).use(mapApplicationErrors).use(refuseUnstorableText).use(auditAsCaller);
const signedIn = baseProcedure.use(requireSignedIn);
/** Catalog reads and writes: signed in (or anonymous reading), writes by editors, history recorded after writes. */
export const catalogProcedure = signedIn.use(recordScoresAfterWrites);
/** Writes that change no catalog data (scenario drafts): every cache stays, nothing is recorded. */
export const draftProcedure = signedIn;
/** The server's own operations (scheduled jobs): no catalog data changes, each procedure checks for administrators. */
export const operationsProcedure = signedIn;
/** Identity: sign-in, sessions, tokens and users; open to anyone (auth/procedures.ts narrows it). */
export const identityProcedure = baseProcedure;
export const scoringProcedure = signedIn.use(recordScoresBeforeReturning);
