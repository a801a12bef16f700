import { AppError, effectiveOwnershipMode, type TAttributionCatalog, type TComponentKind, type TComponentOwnership, type TOwnershipMode } from "@topograph/domain";
import type { TDb } from "../catalog/integrity.ts";
import { getOrganisation } from "../catalog/organisation.ts";

/** The owners of one component as CODEOWNERS is compared with them: teams by slug and members' emails, and the mode in effect. */
async function componentOwnership(db: TDb, component: { slug: string; ownershipMode: string | null }): Promise<TComponentOwnership> {
  const [owners, organisation] = await Promise.all([
    db.componentOwner.findMany({ where: { component: { slug: component.slug } }, select: { team: { select: { slug: true, members: { select: { email: true }, orderBy: { email: "asc" } } } } }, orderBy: { team: { slug: "asc" } } }),
    getOrganisation(db),
  ]);
  const { mode } = effectiveOwnershipMode(component.ownershipMode as TOwnershipMode | null, organisation.defaultOwnershipMode);
  return { component: component.slug, mode, teams: owners.map(({ team }) => ({ slug: team.slug, memberEmails: team.members.map((member) => member.email) })) };
}

/**
 * What a scan needs of the catalog: component kinds, namespaces by Kubernetes name, where each
 * component is deployed, and, for the scan's component, its owners. Unknown components are refused.
 */
export async function loadAttributionCatalog(db: TDb, componentSlug: string | undefined): Promise<TAttributionCatalog> {
  const [components, namespaces] = await Promise.all([
    db.component.findMany({ select: { slug: true, kind: true, ownershipMode: true, deployments: { select: { namespace: { select: { name: true } } } } } }),
    db.namespace.findMany({ select: { slug: true, name: true } }),
  ]);
  const component = componentSlug === undefined ? undefined : components.find((c) => c.slug === componentSlug);
  if (componentSlug !== undefined && !component) throw AppError.invalid("component", `No component "${componentSlug}" exists.`);
  const namespacesByName = new Map<string, string[]>();
  for (const n of namespaces) namespacesByName.set(n.name, [...(namespacesByName.get(n.name) ?? []), n.slug]);
  return {
    ...(component ? { component: component.slug, componentOwnership: await componentOwnership(db, component) } : {}),
    componentKinds: new Map(components.map((c) => [c.slug, c.kind as TComponentKind])),
    namespacesByName,
    namespaceNamesByComponent: new Map(components.map((c) => [c.slug, [...new Set(c.deployments.map((d) => d.namespace.name))].sort()])),
  };
}
