import type { TRequestableOperation } from "@topograph/domain";
import { errorData, errorMessage } from "../../lib/api-error.ts";

/** A write the server refused because the caller is not in the owning team, ready to propose instead. */
export interface TProposal {
  operation: TRequestableOperation;
  /** Exactly what the refused call sent: the request proposes that same write. */
  input: unknown;
  /** The server's refusal, which names the owners. */
  refusal: string;
}

/** Refused under strong ownership: only the owning team's members (or administrators) may make this change. */
export function isNotOwner(error: unknown): boolean {
  return errorData(error)?.appCode === "NOT_OWNER";
}

/**
 * The change request a refused write could become: its operation, the input the refused call sent
 * and the refusal to show; null when the last attempt was not refused for ownership.
 */
export function proposalAfterRefusal(operation: TRequestableOperation, attempt: { error: unknown; variables: unknown }): TProposal | null {
  if (!isNotOwner(attempt.error) || attempt.variables === undefined) return null;
  return { operation, input: attempt.variables, refusal: errorMessage(attempt.error) };
}
