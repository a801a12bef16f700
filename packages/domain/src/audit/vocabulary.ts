import { vocabulary } from "../catalog/fields.ts";

/** The path a change came through. `ui` and `api-token` are told apart by the caller's credential. */
export const AUDIT_VIAS = ["ui", "api-token", "import", "scenario", "change-request", "cli", "system"] as const;
export type TAuditVia = (typeof AUDIT_VIAS)[number];
export const ZAuditViaSchema = vocabulary("Via", AUDIT_VIAS);

export const AUDIT_ACTIONS = ["create", "update", "delete"] as const;
export type TAuditAction = (typeof AUDIT_ACTIONS)[number];
export const ZAuditActionSchema = vocabulary("Action", AUDIT_ACTIONS);

/** What the log records changes to; `catalog` is a bulk load summarised in one entry. */
export const AUDIT_ENTITY_KINDS = [
  "organisation",
  "team",
  "team-interaction",
  "solution-area",
  "bounded-context",
  "context-relationship",
  "component",
  "repository",
  "namespace",
  "cluster",
  "environment",
  "checklist-answer",
  "decision",
  "scorecard",
  "waiver",
  "initiative",
  "evidence-scan",
  "evidence-source",
  "user",
  "catalog",
] as const;
export type TAuditEntityKind = (typeof AUDIT_ENTITY_KINDS)[number];
export const ZAuditEntityKindSchema = vocabulary("Entity kind", AUDIT_ENTITY_KINDS);

/** Who made a change. The label is kept on the entry, so it still reads after the user is deleted. */
export interface TAuditActor {
  userId: string | null;
  label: string;
}

/** Callers while sign-in is not enforced. */
export const ANONYMOUS_ACTOR: TAuditActor = { userId: null, label: "anonymous" };
/** Start-up, the demo load and writes made outside any request. */
export const SYSTEM_ACTOR: TAuditActor = { userId: null, label: "system" };

/** Who, through which path, and the id that groups one request's (or one transaction's) entries. */
export interface TAuditContext {
  actor: TAuditActor;
  via: TAuditVia;
  correlationId: string;
}

/** The label of a signed-in user: their name and email, readable on its own. */
export function actorOf(user: { id: string; name: string; email: string } | null): TAuditActor {
  return user ? { userId: user.id, label: `${user.name} <${user.email}>` } : ANONYMOUS_ACTOR;
}

/** The via of an HTTP caller: an API token is the API; a session cookie or no credential is the UI. */
export function viaOfCredential(credential: { kind: "session" | "api-token" } | null): TAuditVia {
  return credential?.kind === "api-token" ? "api-token" : "ui";
}

export type TAuditFields = Record<string, unknown>;

/** One change to one entity, as a write function describes it. */
export interface TAuditChange {
  action: TAuditAction;
  entityKind: TAuditEntityKind;
  /** The slug, or the id for entities without one. */
  entityKey: string;
  entityName: string;
  before: TAuditFields | null;
  after: TAuditFields | null;
}
