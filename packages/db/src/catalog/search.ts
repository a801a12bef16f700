import type { TDb } from "./integrity.ts";
import { matchText } from "./pagination.ts";
import { rankSearchHits, type TSearchCandidate, type TSearchInput } from "@topograph/domain";

/**
 * One search box over every kind. Each kind contributes its best prefix matches and its best
 * substring matches (so common substrings cannot crowd out prefixes); the domain ranks the union.
 */
export async function searchCatalog(db: TDb, input: TSearchInput) {
  const { q, limit } = input;
  const wanted = new Set(input.kinds ?? ["component", "team", "bounded-context", "solution-area", "repository", "namespace"]);
  const matching = (operator: "startsWith" | "contains") => ({ OR: [{ name: matchText(db, operator, q) }, { slug: matchText(db, operator, q) }] });
  const both = async <T>(find: (where: ReturnType<typeof matching>) => Promise<T[]>) => (await Promise.all([find(matching("startsWith")), find(matching("contains"))])).flat();
  const orderBy = { name: "asc" as const };
  const take = limit;

  const [components, teams, contexts, areas, repositories, namespaces] = await Promise.all([
    wanted.has("component") ? both((where) => db.component.findMany({ where, select: { id: true, slug: true, name: true, kind: true }, orderBy, take })) : [],
    wanted.has("team") ? both((where) => db.team.findMany({ where, select: { id: true, slug: true, name: true, type: true }, orderBy, take })) : [],
    wanted.has("bounded-context")
      ? both((where) => db.boundedContext.findMany({ where, select: { id: true, slug: true, name: true, subdomainType: true }, orderBy, take }))
      : [],
    wanted.has("solution-area")
      ? both((where) => db.solutionArea.findMany({ where: { ...where, kind: { not: "bounded-context" } }, select: { id: true, slug: true, name: true, kind: true }, orderBy, take }))
      : [],
    wanted.has("repository") ? both((where) => db.repository.findMany({ where, select: { id: true, slug: true, name: true, kind: true }, orderBy, take })) : [],
    wanted.has("namespace")
      ? both((where) =>
          db.namespace.findMany({ where, select: { id: true, slug: true, name: true, cluster: { select: { name: true } }, environment: { select: { name: true } } }, orderBy, take }),
        )
      : [],
  ]);

  const candidates = new Map<string, TSearchCandidate>();
  const add = (candidate: TSearchCandidate) => candidates.set(`${candidate.kind}:${candidate.id}`, candidate);
  components.forEach((c) => add({ kind: "component", id: c.id, slug: c.slug, name: c.name, detail: c.kind }));
  teams.forEach((t) => add({ kind: "team", id: t.id, slug: t.slug, name: t.name, detail: t.type }));
  contexts.forEach((c) => add({ kind: "bounded-context", id: c.id, slug: c.slug, name: c.name, detail: `${c.subdomainType} subdomain` }));
  areas.forEach((a) => add({ kind: "solution-area", id: a.id, slug: a.slug, name: a.name, detail: a.kind }));
  repositories.forEach((r) => add({ kind: "repository", id: r.id, slug: r.slug, name: r.name, detail: `${r.kind} repository` }));
  namespaces.forEach((n) => add({ kind: "namespace", id: n.id, slug: n.slug, name: n.name, detail: `${n.cluster.name} · ${n.environment.name}` }));
  return { items: rankSearchHits(q, [...candidates.values()], limit) };
}
