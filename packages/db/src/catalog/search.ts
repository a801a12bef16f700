import type { TDb } from "./integrity.ts";
import { byName } from "./pagination.ts";
import { SearchIndex } from "@topograph/domain";

/**
 * Reads every searchable entry of the catalog into the one search box's index: each kind in the
 * database's own name order, so the index picks the same first matches that kind's
 * `ORDER BY name LIMIT` did. Processes keep it until the next catalog write (api's ReadCache):
 * `LIKE '%text%'` cannot use an index, and twelve such scans took 24 ms at 40,000 entries.
 */
export async function loadSearchIndex(db: TDb): Promise<SearchIndex> {
  const orderBy = byName;
  const [components, teams, contexts, areas, repositories, namespaces] = await Promise.all([
    db.component.findMany({ select: { id: true, slug: true, name: true, kind: true }, orderBy }),
    db.team.findMany({ select: { id: true, slug: true, name: true, type: true }, orderBy }),
    db.boundedContext.findMany({ select: { id: true, slug: true, name: true, subdomainType: true }, orderBy }),
    db.solutionArea.findMany({ where: { kind: { not: "bounded-context" } }, select: { id: true, slug: true, name: true, kind: true }, orderBy }),
    db.repository.findMany({ select: { id: true, slug: true, name: true, kind: true }, orderBy }),
    db.namespace.findMany({ select: { id: true, slug: true, name: true, cluster: { select: { name: true } }, environment: { select: { name: true } } }, orderBy }),
  ]);
  return new SearchIndex({
    component: components.map((c) => ({ kind: "component", id: c.id, slug: c.slug, name: c.name, detail: c.kind })),
    team: teams.map((t) => ({ kind: "team", id: t.id, slug: t.slug, name: t.name, detail: t.type })),
    "bounded-context": contexts.map((c) => ({ kind: "bounded-context", id: c.id, slug: c.slug, name: c.name, detail: `${c.subdomainType} subdomain` })),
    "solution-area": areas.map((a) => ({ kind: "solution-area", id: a.id, slug: a.slug, name: a.name, detail: a.kind })),
    repository: repositories.map((r) => ({ kind: "repository", id: r.id, slug: r.slug, name: r.name, detail: `${r.kind} repository` })),
    namespace: namespaces.map((n) => ({ kind: "namespace", id: n.id, slug: n.slug, name: n.name, detail: `${n.cluster.name} · ${n.environment.name}` })),
  });
}
