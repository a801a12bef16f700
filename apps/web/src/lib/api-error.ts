import type { AppRouter, TErrorData } from "@topograph/api";
import type { TRPCClientErrorLike } from "@trpc/client";

export type TApiError = TRPCClientErrorLike<AppRouter>;
export type TFieldIssue = TErrorData["issues"][number];

/** The error data the server attaches to every failure, or null for network and unknown errors. */
export function errorData(error: unknown): TErrorData | null {
  if (typeof error !== "object" || error === null || !("data" in error)) return null;
  const data = (error as { data: unknown }).data;
  return typeof data === "object" && data !== null && "appCode" in data ? (data as TErrorData) : null;
}

export function isNotFound(error: unknown): boolean {
  return errorData(error)?.appCode === "NOT_FOUND";
}

export function isUnauthenticated(error: unknown): boolean {
  return errorData(error)?.appCode === "UNAUTHENTICATED";
}

export function isStaleVersion(error: unknown): boolean {
  return errorData(error)?.appCode === "STALE_VERSION";
}

export function fieldIssues(error: unknown): TFieldIssue[] {
  return errorData(error)?.issues ?? [];
}

/** A readable sentence for any failure: the server's own message, or what to do when it never answered. */
export function errorMessage(error: unknown): string {
  if (errorData(error)) return (error as Error).message;
  if (error instanceof Error && /fetch|network/i.test(error.message)) {
    return "The Topograph server could not be reached. Check your connection and try again.";
  }
  return error instanceof Error && error.message ? error.message : "Something went wrong. Please try again.";
}
