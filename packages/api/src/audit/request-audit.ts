import { randomUUID } from "node:crypto";
import { actorOf, viaOfCredential, type TAuditContext } from "@topograph/domain";
import type { TRequestCaller } from "../auth/request-credentials.ts";

/**
 * Who a procedure call's writes are recorded as: the signed-in user (anonymous while sign-in is not
 * enforced), through the UI for a session or no credential, through the API for a bearer token,
 * with one correlation id for everything the call writes.
 */
export function requestAuditContext(caller: Pick<TRequestCaller, "user" | "credential">): TAuditContext {
  return { actor: actorOf(caller.user), via: viaOfCredential(caller.credential), correlationId: randomUUID() };
}
