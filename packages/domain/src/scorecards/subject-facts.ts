import type { TCatalogSnapshot } from "../graph/catalog-snapshot.ts";
import type { TAnswerStatus } from "../practices/checklist.ts";
import type { TPracticeScope } from "../practices/practice.ts";
import type { TEvidenceFact, TFactValue, TScoredKind, TSubjectFacts } from "./facts.ts";

/** A recorded checklist answer, its checklist named by slug ("organisation" has none). */
export interface TScopedAnswer {
  scope: { kind: TPracticeScope; slug?: string };
  itemId: string;
  status: TAnswerStatus;
}

/** Everything scoring reads, as plain data: the catalog, the answers and the evidence. */
export interface TScoringSources {
  catalog: TCatalogSnapshot;
  components: Record<string, { lifecycle: string; labels: Record<string, string> }>;
  teamMemberCounts: Record<string, number>;
  contextComplexity: Record<string, string>;
  answers: TScopedAnswer[];
  evidence: TEvidenceFact[];
}

const scopeKey = (kind: string, slug?: string) => (slug === undefined ? kind : `${kind}:${slug}`);
const IN_MESH = new Set(["sidecar", "sidecarless"]);

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = grouped.get(k);
    if (list) list.push(row);
    else grouped.set(k, [row]);
  }
  return grouped;
}

/**
 * Turns the sources into the facts each entity's rules read. Everything is indexed once, so
 * scoring every entity of an enterprise catalog stays linear in its size.
 */
export function buildSubjects(sources: TScoringSources): Record<TScoredKind, TSubjectFacts[]> {
  const { catalog } = sources;
  const answersByScope = new Map<string, Map<string, TAnswerStatus>>();
  for (const answer of sources.answers) {
    const key = scopeKey(answer.scope.kind, answer.scope.slug);
    let map = answersByScope.get(key);
    if (!map) answersByScope.set(key, (map = new Map()));
    map.set(answer.itemId, answer.status);
  }
  const evidenceBySubject = new Map<string, Map<string, TEvidenceFact>>();
  for (const fact of sources.evidence) {
    const key = scopeKey(fact.subject.kind, fact.subject.slug);
    let map = evidenceBySubject.get(key);
    if (!map) evidenceBySubject.set(key, (map = new Map()));
    const previous = map.get(fact.key);
    if (!previous || previous.observedAt <= fact.observedAt) map.set(fact.key, fact);
  }
  const NO_EVIDENCE = new Map<string, TEvidenceFact>();

  /** The nearest answer along a chain of checklists, own first, as the checklist pages resolve it. */
  const subject = (kind: TScoredKind, slug: string, name: string, chain: string[], teamSlugs: string[], contextSlugs: string[], facts: Record<string, TFactValue | undefined>): TSubjectFacts => {
    const scopes = chain.map((key) => answersByScope.get(key)).filter((map): map is Map<string, TAnswerStatus> => map !== undefined);
    const evidence = evidenceBySubject.get(scopeKey(kind, slug)) ?? NO_EVIDENCE;
    const catalogFacts = new Map<string, TFactValue>();
    for (const [key, value] of Object.entries(facts)) if (value !== undefined) catalogFacts.set(key, value);
    return {
      kind,
      slug,
      name,
      teamSlugs,
      contextSlugs,
      catalog: catalogFacts,
      answer(itemId) {
        for (const scope of scopes) {
          const status = scope.get(itemId);
          if (status) return status;
        }
        return "unknown";
      },
      evidence: (key) => evidence.get(key),
    };
  };

  const contextsOfTeam = groupBy(
    catalog.boundedContexts.flatMap((c) => c.teamSlugs.map((team) => ({ team, context: c.slug }))),
    (row) => row.team,
  );
  const areasOfTeam = groupBy(
    catalog.solutionAreas.flatMap((a) => a.teamSlugs.map((team) => ({ team, area: a.slug }))),
    (row) => row.team,
  );
  const areaBySlug = new Map(catalog.solutionAreas.map((a) => [a.slug, a]));
  const contextByArea = new Map(catalog.boundedContexts.map((c) => [c.solutionAreaSlug, c]));
  const componentBySlug = new Map(catalog.components.map((c) => [c.slug, c]));
  const repositoryKind = new Map(catalog.repositories.map((r) => [r.slug, r.kind]));
  const namespaceBySlug = new Map(catalog.namespaces.map((n) => [n.slug, n]));
  const dependents = new Map<string, number>();
  for (const c of catalog.components) for (const d of c.dependencies) dependents.set(d.slug, (dependents.get(d.slug) ?? 0) + 1);
  const componentsOfTeam = groupBy(
    catalog.components.flatMap((c) => c.ownerSlugs.map((team) => ({ team, component: c }))),
    (row) => row.team,
  );
  const componentsOfArea = groupBy(
    catalog.components.filter((c) => c.solutionAreaSlug),
    (c) => c.solutionAreaSlug!,
  );
  const componentsInNamespace = new Map<string, number>();
  for (const c of catalog.components) for (const n of c.namespaceSlugs) componentsInNamespace.set(n, (componentsInNamespace.get(n) ?? 0) + 1);
  const relationshipCount = new Map<string, number>();
  for (const r of catalog.contextRelationships) for (const slug of [r.upstreamSlug, r.downstreamSlug]) relationshipCount.set(slug, (relationshipCount.get(slug) ?? 0) + 1);

  const components = catalog.components.map((c) => {
    const extras = sources.components[c.slug];
    const area = c.solutionAreaSlug ? areaBySlug.get(c.solutionAreaSlug) : undefined;
    const context = c.solutionAreaSlug ? contextByArea.get(c.solutionAreaSlug) : undefined;
    const repositoryKinds = c.repositorySlugs.map((slug) => repositoryKind.get(slug));
    const countRepositories = (kind: string) => repositoryKinds.filter((k) => k === kind).length;
    const namespaces = c.namespaceSlugs.map((slug) => namespaceBySlug.get(slug)).filter((n) => n !== undefined);
    const deployed = namespaces.length > 0;
    const owners = new Set(c.ownerSlugs);
    const facts: Record<string, TFactValue | undefined> = {
      kind: c.kind,
      lifecycle: extras?.lifecycle,
      ownershipMode: c.ownershipMode,
      "owners.count": c.ownerSlugs.length,
      "owners.singleContext": c.ownerSlugs.length > 0 && c.ownerSlugs.every((team) => (contextsOfTeam.get(team)?.length ?? 0) <= 1),
      "context.assigned": area !== undefined,
      "context.ownedByItsTeam": area !== undefined && area.teamSlugs.some((team) => owners.has(team)),
      "repositories.count": c.repositorySlugs.length,
      "repositories.application": countRepositories("application"),
      "repositories.kubernetes": countRepositories("kubernetes"),
      "repositories.terraform": countRepositories("terraform"),
      "repositories.split": countRepositories("application") > 0 && countRepositories("kubernetes") > 0,
      "deployments.count": namespaces.length,
      "deployments.inMesh": deployed ? namespaces.every((n) => IN_MESH.has(n.meshMembership)) : undefined,
      "deployments.gitOps": deployed ? namespaces.every((n) => n.deployMethod === "gitops-auto-sync") : undefined,
      "dependencies.count": c.dependencies.length,
      "dependencies.sharedLibraries": c.dependencies.filter((d) => componentBySlug.get(d.slug)?.kind === "shared-library").length,
      "dependencies.crossTeamSync": c.dependencies.filter((d) => d.style === "sync" && !(componentBySlug.get(d.slug)?.ownerSlugs ?? []).some((team) => owners.has(team))).length,
      "dependents.count": dependents.get(c.slug) ?? 0,
    };
    for (const [label, value] of Object.entries(extras?.labels ?? {})) facts[`labels.${label}`] = value;
    const chain = [scopeKey("component", c.slug), ...c.ownerSlugs.map((t) => scopeKey("team", t)), ...(context ? [scopeKey("bounded-context", context.slug)] : []), "organisation"];
    return subject("component", c.slug, c.name, chain, c.ownerSlugs, context ? [context.slug] : [], facts);
  });

  const teams = catalog.teams.map((t) => {
    const owned = componentsOfTeam.get(t.slug) ?? [];
    const contexts = (contextsOfTeam.get(t.slug) ?? []).map((row) => row.context);
    return subject("team", t.slug, t.name, [scopeKey("team", t.slug), "organisation"], [t.slug], contexts, {
      type: t.type,
      "members.count": sources.teamMemberCounts[t.slug],
      "contexts.count": contexts.length,
      "areas.count": areasOfTeam.get(t.slug)?.length ?? 0,
      "components.count": owned.length,
      "components.strongShared": owned.filter(({ component }) => component.ownershipMode === "strong" && component.ownerSlugs.length > 1).length,
    });
  });

  const contexts = catalog.boundedContexts.map((c) => {
    const inside = componentsOfArea.get(c.solutionAreaSlug) ?? [];
    const teamsOfContext = new Set(c.teamSlugs);
    return subject("bounded-context", c.slug, c.name, [scopeKey("bounded-context", c.slug), "organisation"], c.teamSlugs, [c.slug], {
      subdomainType: c.subdomainType,
      complexity: sources.contextComplexity[c.slug],
      "teams.count": c.teamSlugs.length,
      "components.count": inside.length,
      "components.unowned": inside.filter((component) => component.ownerSlugs.length === 0).length,
      "components.ownedElsewhere": inside.filter((component) => component.ownerSlugs.length > 0 && !component.ownerSlugs.some((team) => teamsOfContext.has(team))).length,
      "relationships.count": relationshipCount.get(c.slug) ?? 0,
    });
  });

  const namespaceOwners = groupBy(
    catalog.components.flatMap((c) => c.namespaceSlugs.flatMap((n) => c.ownerSlugs.map((team) => ({ n, team, context: c.solutionAreaSlug ? contextByArea.get(c.solutionAreaSlug)?.slug : undefined })))),
    (row) => row.n,
  );
  const namespaces = catalog.namespaces.map((n) => {
    const rows = namespaceOwners.get(n.slug) ?? [];
    const teamSlugs = [...new Set(rows.map((row) => row.team))];
    const contextSlugs = [...new Set(rows.map((row) => row.context).filter((slug): slug is string => slug !== undefined))];
    return subject("namespace", n.slug, n.name, [scopeKey("namespace", n.slug), "organisation"], teamSlugs, contextSlugs, {
      environment: n.environmentSlug,
      cluster: n.clusterSlug,
      meshMembership: n.meshMembership,
      inMesh: IN_MESH.has(n.meshMembership),
      deployMethod: n.deployMethod,
      "components.count": componentsInNamespace.get(n.slug) ?? 0,
    });
  });

  return { component: components, team: teams, "bounded-context": contexts, namespace: namespaces };
}
