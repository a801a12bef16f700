import { AppError, roleMay } from "@topograph/domain";
import type { TRequestCaller } from "./request-credentials.ts";

/**
 * Why this caller may not write anything, or null when they may: writes need a signed-in user or
 * API token whose role may edit. Every write is held to it (trpc.ts); the server also holds file
 * uploads to it before reading their bodies (apps/server/src/http/upload-caller.ts). Each write
 * then checks what it changes against ownership (authorisation/).
 */
export function writeRefusal(caller: Pick<TRequestCaller, "user" | "credentialProblem">): AppError | null {
  if (!caller.user) return AppError.unauthenticated(caller.credentialProblem ?? "Sign in to make changes.");
  if (!roleMay(caller.user.role, "edit")) return AppError.forbidden("Viewers read only: ask an administrator for the editor role to make changes.");
  return null;
}
