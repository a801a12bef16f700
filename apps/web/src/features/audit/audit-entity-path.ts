import type { TAuditEntityKind } from "@topograph/domain";
import { CATALOG_KINDS, type TCatalogKind } from "../../lib/catalog-kinds.ts";
import { paths } from "../../lib/paths.ts";
import { scopeFromRef } from "../practices/shared/scope.ts";

const isCatalogKind = (kind: string): kind is TCatalogKind => kind in CATALOG_KINDS;

/** "component:b-service" or "organisation", as checklist answer and decision keys begin, to its checklist scope. */
function scopeOfKey(scope: string) {
  const [kind = "", ...slug] = scope.split(":");
  return scopeFromRef({ kind, slug: slug.join(":") || null });
}

/**
 * The page of the entity an entry is about, from its kind and key; null for kinds without a page of
 * their own (relationships, waivers, bulk loads).
 */
export function auditEntityPath(kind: TAuditEntityKind, key: string): string | null {
  if (isCatalogKind(kind)) return paths.detail(kind, key);
  const [head = "", tail = ""] = key.split("|");
  switch (kind) {
    case "organisation":
      return paths.settings;
    case "scorecard":
      return paths.scorecard(key);
    case "initiative":
      return paths.initiative(key);
    case "evidence-scan":
      return paths.evidenceScan(key);
    case "evidence-source":
      return paths.evidence;
    case "user":
      return "/admin/users";
    case "decision":
      return tail ? paths.decision(tail) : null;
    case "checklist-answer": {
      // Keyed "<scope>|<item>": the checklist, scrolled to nothing in particular.
      const scope = scopeOfKey(head);
      return scope ? paths.checklist(scope) : null;
    }
    case "team-interaction":
      // Keyed by the pair of team slugs; the interaction is shown on either team's page.
      return tail ? paths.detail("team", head) : null;
    default:
      return null;
  }
}
