import type { AnyProcedure } from "@trpc/server";
import { getErrorShape } from "@trpc/server/unstable-core-do-not-import";
import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import { appRouter } from "../root.ts";
import type { TCaller } from "../testing/caller.ts";
import type { TErrorData } from "../trpc.ts";

/** One procedure of the app router as a client reaches it: its dotted path, its kind and the schema its input must pass. */
export interface TProcedureEntry {
  path: string;
  type: "query" | "mutation";
  /** Null for procedures that take no input (whatever a client sends them is ignored). */
  input: z.ZodType | null;
}

/** Every procedure of the app router, read from the router itself so a new one is covered the day it is added. */
export function everyProcedure(): TProcedureEntry[] {
  const procedures = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
  return Object.entries(procedures).map(([path, procedure]) => {
    const { type, inputs } = procedure._def;
    if (type === "subscription") throw new Error(`${path} is a subscription: hostile-input tests call queries and mutations only.`);
    if (inputs.length > 1) throw new Error(`${path} chains ${inputs.length} input parsers: hostile-input tests read one schema per procedure.`);
    return { path, type, input: (inputs[0] as z.ZodType | undefined) ?? null };
  });
}

/** What a call came back with: its result, or the error exactly as a client would receive it (formatted by trpc.ts). */
export type TCallOutcome = { ok: true } | { ok: false; message: string; data: TErrorData; cause: string };

/** Calls the procedure at `path` through the caller, as a request would, and formats a failure with the router's own error formatter. */
export async function callProcedure(api: TCaller, path: string, input: unknown): Promise<TCallOutcome> {
  const procedure = path.split(".").reduce<unknown>((node, segment) => (node as Record<string, unknown>)[segment], api) as (input: unknown) => Promise<unknown>;
  try {
    // Through .call: the caller proxy reads a path ending in "apply" (scenario.apply) as Function.prototype.apply.
    await procedure.call(null, input);
    return { ok: true };
  } catch (error) {
    // Anything that is not a TRPCError escaped the procedure machinery: the test must see it as a crash.
    if (!(error instanceof TRPCError)) throw error;
    const shape = getErrorShape({ config: appRouter._def._config, error, type: "unknown", path, input, ctx: undefined });
    // The cause stays on the server (the client sees only the message); a failing test shows it.
    const cause = error.cause instanceof Error ? `${error.cause.name}: ${error.cause.message}` : String(error.cause);
    return { ok: false, message: shape.message, data: shape.data as TErrorData, cause };
  }
}
