import { boundedContextTarget, componentTarget, namespaceTarget, teamRef, type TDb } from "@topograph/db";
import type { TChecklistScope, TOwnedTarget, TPermissionNeed } from "@topograph/domain";

/**
 * What writing to a scope's checklist, decisions or waivers needs: the organisation's are the
 * administrators'; a team's are its members'; a bounded context's, component's or namespace's
 * follow that entity's ownership mode. Unknown scopes need nothing here: the write reports them.
 */
export async function scopeNeeds(db: TDb, scope: TChecklistScope, what: string): Promise<TPermissionNeed[]> {
  if (scope.kind === "organisation") return [{ kind: "administer", what: `${what} for the whole organisation` }];
  if (scope.kind === "team") {
    const team = await teamRef(db, { slug: scope.slug });
    return team ? [{ kind: "belong", teams: [team], what: `${what} for ${team.name}` }] : [];
  }
  const target = await scopeTarget(db, scope.kind, scope.slug);
  return target ? [{ kind: "change", target, what }] : [];
}

function scopeTarget(db: TDb, kind: "bounded-context" | "component" | "namespace", slug: string): Promise<TOwnedTarget | null> {
  switch (kind) {
    case "bounded-context":
      return boundedContextTarget(db, { slug });
    case "component":
      return componentTarget(db, { slug });
    case "namespace":
      return namespaceTarget(db, { slug });
  }
}
