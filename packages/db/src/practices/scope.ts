import { AppError, type TChecklistScope, type TComponentKind, type TPracticeScope } from "@topograph/domain";
import type { TDb } from "../catalog/integrity.ts";
import { getOrganisation } from "../catalog/organisation.ts";

/** The entity columns a checklist row carries: none for the organisation, one id otherwise. */
export type TScopeColumns = { teamId?: string; boundedContextId?: string; componentId?: string; namespaceId?: string };

export interface TResolvedScope {
  kind: TPracticeScope;
  slug?: string;
  name: string;
  /** "organisation" or "<kind>:<id>": one answer per item per key. */
  key: string;
  columns: TScopeColumns;
  componentKind?: TComponentKind;
  /** Broader checklists this one inherits from, nearest first. */
  parents: { kind: TPracticeScope; slug?: string; name: string; key: string }[];
}

const ORGANISATION_KEY = "organisation";

/** Finds the entity a checklist belongs to and the broader scopes it inherits from. */
export async function resolveScope(db: TDb, scope: TChecklistScope): Promise<TResolvedScope> {
  const organisation = await getOrganisation(db);
  const root = { kind: "organisation" as const, name: organisation.name, key: ORGANISATION_KEY };
  if (scope.kind === "organisation") return { ...root, columns: {}, parents: [] };
  const missing = () => AppError.notFound(scope.kind.replace("-", " "), scope.slug);
  switch (scope.kind) {
    case "team": {
      const team = await db.team.findUnique({ where: { slug: scope.slug }, select: { id: true, name: true } });
      if (!team) throw missing();
      return { kind: "team", slug: scope.slug, name: team.name, key: `team:${team.id}`, columns: { teamId: team.id }, parents: [root] };
    }
    case "bounded-context": {
      const context = await db.boundedContext.findUnique({ where: { slug: scope.slug }, select: { id: true, name: true } });
      if (!context) throw missing();
      return { kind: "bounded-context", slug: scope.slug, name: context.name, key: `bounded-context:${context.id}`, columns: { boundedContextId: context.id }, parents: [root] };
    }
    case "namespace": {
      const namespace = await db.namespace.findUnique({ where: { slug: scope.slug }, select: { id: true, name: true } });
      if (!namespace) throw missing();
      return { kind: "namespace", slug: scope.slug, name: namespace.name, key: `namespace:${namespace.id}`, columns: { namespaceId: namespace.id }, parents: [root] };
    }
    case "component": {
      const component = await db.component.findUnique({
        where: { slug: scope.slug },
        select: {
          id: true,
          name: true,
          kind: true,
          owners: { select: { team: { select: { id: true, slug: true, name: true } } }, orderBy: { team: { name: "asc" } } },
          solutionArea: { select: { boundedContext: { select: { id: true, slug: true, name: true } } } },
        },
      });
      if (!component) throw missing();
      const context = component.solutionArea?.boundedContext;
      return {
        kind: "component",
        slug: scope.slug,
        name: component.name,
        key: `component:${component.id}`,
        columns: { componentId: component.id },
        componentKind: component.kind as TComponentKind,
        parents: [
          ...component.owners.map(({ team }) => ({ kind: "team" as const, slug: team.slug, name: team.name, key: `team:${team.id}` })),
          ...(context ? [{ kind: "bounded-context" as const, slug: context.slug, name: context.name, key: `bounded-context:${context.id}` }] : []),
          root,
        ],
      };
    }
  }
}
