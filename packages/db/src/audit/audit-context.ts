import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { SYSTEM_ACTOR, type TAuditContext, type TAuditVia } from "@topograph/domain";

/** The audit context of the running request, command or start-up step. */
interface TAuditScope extends TAuditContext {
  /** A bulk load writes one summarising entry instead of one per row. */
  summarised: boolean;
}

const scopes = new AsyncLocalStorage<TAuditScope>();

/**
 * Runs `work` with who, through which path and under which correlation id its writes are
 * recorded. The API sets it per procedure call; the CLI and start-up per command or step. Carried
 * by AsyncLocalStorage, so the write functions keep their signatures and no call can forget it.
 */
export function runAudited<T>(context: TAuditContext, work: () => T): T {
  return scopes.run({ ...context, summarised: false }, work);
}

/** A fresh scope for writes outside any request: the system, one correlation id per transaction. */
export function systemAuditContext(via: TAuditVia = "system"): TAuditContext {
  return { actor: SYSTEM_ACTOR, via, correlationId: randomUUID() };
}

/** What a write inside `work` records; outside any scope, the system with a fresh correlation id. */
export function currentAudit(): TAuditScope {
  return scopes.getStore() ?? { ...systemAuditContext(), summarised: false };
}

/** Gives `work` a correlation id of its own when no caller set one, so one transaction's entries group. */
export function withAuditScope<T>(work: () => T): T {
  return scopes.getStore() ? work() : runAudited(systemAuditContext(), work);
}

/**
 * Marks the writes of `work` as made through another path (an import, a scenario apply) while
 * keeping the actor and the correlation id of the request that started them.
 */
export function withAuditVia<T>(via: TAuditVia, work: () => T): T {
  const outer = scopes.getStore();
  return scopes.run({ ...(outer ?? { ...systemAuditContext(), summarised: false }), via }, work);
}

/** Runs `work` without per-row entries; the caller records one summarising entry. */
export function withSummarisedAudit<T>(work: () => T): T {
  return scopes.run({ ...currentAudit(), summarised: true }, work);
}
