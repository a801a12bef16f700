import type { IncomingHttpHeaders } from "node:http";
import type { Socket } from "node:net";
import { createSession, type TDatabase, type TSignedInUser } from "@topograph/db";
import { SESSION_COOKIE_NAME, type TRole } from "@topograph/domain";
import { demoDatabase, emptyDatabase } from "@topograph/db/testing";
import { TRPCError } from "@trpc/server";
import { createRequestContext } from "../auth/request-context.ts";
import { SignInLimiter } from "../auth/sign-in-limiter.ts";
import { TokenLimiter } from "../auth/token-limiter.ts";
import { ANONYMOUS, type TRequestCaller } from "../auth/request-credentials.ts";
import { createContext, type TContextOptions } from "../context.ts";
import { ScoreRecorder } from "../scoring/score-recorder.ts";
import { appRouter } from "../root.ts";
import { createCallerFactory } from "../trpc.ts";

const createCaller = createCallerFactory(appRouter);

export type TCaller = ReturnType<typeof createCaller>;

/**
 * A user row for API tests, without a password (nobody signs in with it), and the caller it makes:
 * as if their browser held a session. Team membership follows their email, as for real users.
 */
export async function signedInCaller(db: TDatabase, role: TRole, email = `${role}@tests.example.com`, name = `Test ${role}`): Promise<TRequestCaller & { user: TSignedInUser }> {
  const user = await db.user.upsert({ where: { email }, create: { email, name, role }, update: { role }, select: { id: true, email: true, name: true, role: true } });
  return { user: { ...user, role: user.role as TRole }, credential: { kind: "session", sessionId: `test-session-${user.id}` }, credentialProblem: null };
}

/** The API as `caller` (a test user, or anonymous) on `db`; each call gets a fresh context like each request does. */
export function apiAs(db: TDatabase, caller: TRequestCaller | null, options: Omit<TContextOptions, "db" | "caller"> = {}): TCaller {
  return createCaller(() => createContext({ scores: recorder(db, options.now), ...options, db, caller: caller ?? ANONYMOUS }));
}

/** Every score recorder the test file's contexts made, so the file can wait for them (setup.ts). */
const recorders: ScoreRecorder[] = [];

/**
 * The recorder a context would make for itself (one per context, on the context's clock), kept so
 * the recordings that writes start and nobody awaits finish before the file's databases close.
 */
function recorder(db: TDatabase, now: (() => Date) | undefined): ScoreRecorder {
  const scores = new ScoreRecorder(db, now ?? (() => new Date()));
  recorders.push(scores);
  return scores;
}

/** Waits until no recording of the test file runs or is queued; setup.ts calls it after each file. */
export async function settleScoreRecorders(): Promise<void> {
  while (recorders.length > 0) await Promise.all(recorders.splice(0).map((scores) => scores.idle()));
}

/** Who API tests call as unless they say: an administrator, who may do anything, so tests of other rules are not about permission. */
type TCallAs = TRole | null;

/** The API over a fresh database holding the demo organisation, called without HTTP, as an administrator unless `as` says otherwise. */
export async function demoApi(options: { practices?: boolean; now?: () => Date; scanRoots?: string[]; as?: TCallAs } = {}): Promise<{ api: TCaller; db: TDatabase; scores: ScoreRecorder }> {
  const db = await demoDatabase(options);
  const caller = options.as === null ? ANONYMOUS : await signedInCaller(db, options.as ?? "administrator");
  const context = createContext({ db, caller, scores: recorder(db, options.now), ...(options.now ? { now: options.now } : {}), ...(options.scanRoots ? { scanRoots: options.scanRoots } : {}) });
  return { api: createCaller(context), db, scores: context.scores };
}

/** The API over a fresh, initialised but empty catalog, as an administrator unless `as` says otherwise. */
export async function emptyApi(options: { as?: TCallAs } = {}): Promise<{ api: TCaller; db: TDatabase }> {
  const db = await emptyDatabase();
  const caller = options.as === null ? ANONYMOUS : await signedInCaller(db, options.as ?? "administrator");
  return { api: createCaller(createContext({ db, caller, scores: recorder(db, undefined) })), db };
}

/** Awaits a call that must fail and returns its tRPC error for assertions. */
export async function failure(call: Promise<unknown>): Promise<TRPCError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("Expected the call to fail, but it succeeded.");
}

/** The input fields a validation failure points at, as dotted paths. */
export function invalidFields(error: TRPCError): string[] {
  const cause = error.cause as { issues?: { path: PropertyKey[] | string }[] } | undefined;
  return (cause?.issues ?? []).map((issue) => (Array.isArray(issue.path) ? issue.path.join(".") : String(issue.path)));
}

/** The address API tests call from. */
export const TEST_CLIENT_IP = "203.0.113.7";

/**
 * The API as one HTTP request would reach it: the caller resolved from these headers (a session
 * cookie, a bearer token, or nothing) as the server does, without the HTTP transport. Returns the
 * context too, to read the cookies a procedure set.
 */
export async function apiWithHeaders(db: TDatabase, headers: IncomingHttpHeaders = {}, options: { signInLimiter?: SignInLimiter; now?: () => Date; ip?: string } = {}) {
  const ctx = await createRequestContext(
    { db, scores: recorder(db, options.now), signInLimiter: options.signInLimiter ?? new SignInLimiter(), tokenLimiter: new TokenLimiter(), trustProxy: false, ...(options.now ? { now: options.now } : {}) },
    { headers, socket: { remoteAddress: options.ip ?? TEST_CLIENT_IP } as Socket },
  );
  return { api: createCaller(ctx), ctx };
}

/** The API called by `userId` from a browser signed in with a fresh session. */
export async function apiSignedInAs(db: TDatabase, userId: string, options: { now?: () => Date } = {}) {
  const session = await createSession(db, userId, (options.now ?? (() => new Date()))());
  return { ...(await apiWithHeaders(db, { cookie: `${SESSION_COOKIE_NAME}=${session.token}` }, options)), session };
}
