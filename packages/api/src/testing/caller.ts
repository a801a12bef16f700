import type { TDatabase } from "@topograph/db";
import { demoDatabase, emptyDatabase } from "@topograph/db/testing";
import { TRPCError } from "@trpc/server";
import { createContext } from "../context.ts";
import type { ScoreRecorder } from "../scoring/score-recorder.ts";
import { appRouter } from "../root.ts";
import { createCallerFactory } from "../trpc.ts";

const createCaller = createCallerFactory(appRouter);

export type TCaller = ReturnType<typeof createCaller>;

/** The API over a fresh database holding the demo organisation, called without HTTP. */
export async function demoApi(options: { practices?: boolean; now?: () => Date; scanRoots?: string[] } = {}): Promise<{ api: TCaller; db: TDatabase; scores: ScoreRecorder }> {
  const db = await demoDatabase(options);
  const context = createContext({ db, ...(options.now ? { now: options.now } : {}), ...(options.scanRoots ? { scanRoots: options.scanRoots } : {}) });
  return { api: createCaller(context), db, scores: context.scores };
}

/** The API over a fresh, initialised but empty catalog. */
export async function emptyApi(): Promise<{ api: TCaller; db: TDatabase }> {
  const db = await emptyDatabase();
  return { api: createCaller(createContext({ db })), db };
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
