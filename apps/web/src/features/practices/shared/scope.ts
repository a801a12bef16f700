import type { TChecklistScope, TPracticeScope } from "@topograph/domain";
import { SCOPE_LABELS } from "./practice-labels.ts";

export type { TChecklistScope };
export type TScopeKind = TPracticeScope;
/** Kinds of checklist that belong to a catalog entry (everything but the organisation). */
export type TEntityScopeKind = Exclude<TScopeKind, "organisation">;

export const ENTITY_SCOPE_KINDS: readonly TEntityScopeKind[] = ["team", "bounded-context", "component", "namespace"];

export function scopeOf(kind: TScopeKind, slug?: string | null): TChecklistScope | null {
  if (kind === "organisation") return { kind };
  return slug ? { kind, slug } : null;
}

/**
 * The checklist a scope the API describes (`{ kind, slug?, name }`, kind as a plain string) belongs
 * to, or null for one the UI does not know.
 */
export function scopeFromRef(ref: { kind: string; slug?: string | null }): TChecklistScope | null {
  if (ref.kind === "organisation") return { kind: "organisation" };
  return (ENTITY_SCOPE_KINDS as readonly string[]).includes(ref.kind) ? scopeOf(ref.kind as TEntityScopeKind, ref.slug) : null;
}

/** "Team", "Bounded context"… for a kind the API sends as a plain string. */
export function scopeKindLabel(kind: string): string {
  return SCOPE_LABELS[kind as TScopeKind] ?? kind;
}

/** A stable text key for caches, React keys and file names: "organisation" or "component:b-service". */
export function scopeKey(scope: TChecklistScope): string {
  return scope.kind === "organisation" ? "organisation" : `${scope.kind}:${scope.slug}`;
}
