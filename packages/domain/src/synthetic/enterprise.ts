import type { TComponentKind } from "../catalog/component.ts";
import { CONTEXT_RELATIONSHIP_PATTERNS, SUBDOMAIN_TYPES, CONTEXT_COMPLEXITIES } from "../catalog/bounded-context.ts";
import { TEAM_TYPES } from "../catalog/team.ts";
import type { TCatalogData } from "../demo/demo-organisation.ts";
import { PRACTICE_CATALOGUE } from "../practices/catalogue.ts";
import { practiceAppliesTo } from "../practices/practice.ts";
import { syntheticEvidence } from "./evidence.ts";
import { SYNTHETIC_AS_OF } from "./history.ts";
import { seededRandom, type TSeededRandom } from "./random.ts";

export interface TEnterpriseSize {
  teams: number;
  boundedContexts: number;
  components: number;
  repositories: number;
  namespaces: number;
  clusters: number;
  dependencies: number;
  seed: number;
}

/** The scale the product targets (PRODUCT.md "Quality targets"). */
export const ENTERPRISE_SIZE: TEnterpriseSize = {
  teams: 2000,
  boundedContexts: 500,
  components: 12_000,
  repositories: 20_000,
  namespaces: 5000,
  clusters: 10,
  dependencies: 30_000,
  seed: 1,
};

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const WORDS = ["order", "payment", "catalog", "inventory", "shipping", "billing", "identity", "search", "pricing", "review", "loyalty", "notification", "report", "account", "cart", "checkout"];

/**
 * A realistic synthetic organisation: stream-aligned teams own bounded contexts and their
 * microservices, client UI teams own frontends and BFFs, platform teams own SRE tools; every
 * component has an application and/or Kubernetes repository, deployments across clusters and
 * environments, and dependencies that mostly stay inside a context. Deterministic by seed.
 */
export function generateEnterprise(size: TEnterpriseSize = ENTERPRISE_SIZE, { asOf = SYNTHETIC_AS_OF }: { asOf?: Date } = {}): TCatalogData {
  const rng = seededRandom(size.seed);
  const w = (n: number) => String(n).length;
  const teamSlugs = Array.from({ length: size.teams }, (_, i) => `team-${pad(i, w(size.teams))}`);
  const contextSlugs = Array.from({ length: size.boundedContexts }, (_, i) => `context-${pad(i, w(size.boundedContexts))}`);
  const clusterSlugs = Array.from({ length: size.clusters }, (_, i) => `cluster-${pad(i, w(size.clusters))}`);
  const environments = ["development", "staging", "production"] as const;

  const namespaces = Array.from({ length: size.namespaces }, (_, i) => {
    const cluster = clusterSlugs[i % size.clusters]!;
    const name = `ns-${pad(i, w(size.namespaces))}`;
    const roll = rng.next();
    return {
      slug: `${cluster}-${name}`,
      name,
      clusterSlug: cluster,
      environmentSlug: environments[Math.floor((i / size.clusters) % environments.length)]!,
      meshMembership: roll < 0.7 ? ("sidecar" as const) : roll < 0.85 ? ("sidecarless" as const) : roll < 0.97 ? ("outside" as const) : ("control-plane" as const),
      deployMethod: roll < 0.9 ? ("gitops-auto-sync" as const) : roll < 0.97 ? ("manual-helmfile" as const) : ("ciops-push" as const),
      description: "",
    };
  });

  const componentKind = (): TComponentKind => {
    const roll = rng.next();
    return roll < 0.7 ? "microservice" : roll < 0.8 ? "frontend" : roll < 0.88 ? "bff" : roll < 0.95 ? "sre-tool" : "shared-library";
  };
  // Microservices go round-robin to bounded contexts and are owned by the context's team; other kinds
  // go round-robin to the teams after those, so every team owns something once there are enough components.
  let microservices = 0;
  let others = 0;
  const components = Array.from({ length: size.components }, (_, i) => {
    const kind = componentKind();
    const contextIndex = kind === "microservice" ? microservices++ % size.boundedContexts : -1;
    const context = contextIndex >= 0 ? contextSlugs[contextIndex]! : null;
    const owner = contextIndex >= 0 ? teamSlugs[contextIndex % size.teams]! : teamSlugs[(size.boundedContexts + others++) % size.teams]!;
    const home = rng.int(size.namespaces);
    return {
      slug: `${rng.pick(WORDS)}-${kind === "microservice" ? "service" : kind}-${pad(i, w(size.components))}`,
      name: "",
      description: "",
      kind,
      lifecycle: rng.next() < 0.9 ? ("production" as const) : rng.next() < 0.5 ? ("experimental" as const) : ("deprecated" as const),
      labels: { tier: rng.next() < 0.2 ? "critical" : "standard" },
      ownershipMode: rng.next() < 0.1 ? ("collective" as const) : null,
      solutionAreaSlug: context,
      ownerTeamSlugs: [owner],
      repositorySlugs: [] as string[],
      namespaceSlugs: kind === "shared-library" ? [] : [...new Set([namespaces[home]!.slug, namespaces[(home + 1) % size.namespaces]!.slug])],
      dependencies: [] as { componentSlug: string; style: "sync" | "async" }[],
    };
  });
  for (const component of components) component.name = component.slug;

  // Repositories: an application and a Kubernetes repository per component while they last, then shared ones.
  // SRE tools are prebuilt images: no application repository.
  const repositoryKinds = (kind: TComponentKind) =>
    kind === "sre-tool" ? (["kubernetes", "terraform", "shared"] as const) : (["application", "kubernetes", "terraform", "shared"] as const);
  const repositories: TCatalogData["repositories"] = [];
  for (let i = 0; repositories.length < size.repositories; i++) {
    const component = components[i % components.length]!;
    const round = Math.floor(i / components.length);
    const kind = repositoryKinds(component.kind)[round] ?? "shared";
    const slug = `${component.slug}-${kind}${round >= repositoryKinds(component.kind).length ? `-${round}` : ""}`;
    repositories.push({ slug, name: slug, url: `https://git.example.com/${slug}`, kind, defaultBranch: "main", branchModel: "github-flow", description: "", componentSlugs: [] });
    component.repositorySlugs.push(slug);
  }

  // Dependencies: mostly within the same context or team neighbourhood, some across.
  const seen = new Set<string>();
  for (let made = 0, tries = 0; made < size.dependencies && tries < size.dependencies * 4; tries++) {
    const from = rng.int(size.components);
    const to = rng.next() < 0.7 ? (from + 1 + rng.int(20)) % size.components : rng.int(size.components);
    const key = `${from}>${to}`;
    if (from === to || seen.has(key)) continue;
    seen.add(key);
    components[from]!.dependencies.push({ componentSlug: components[to]!.slug, style: rng.next() < 0.75 ? "sync" : "async" });
    made++;
  }

  // Checklist answers: each component answers the component-scope practices asked of its kind,
  // mostly adopted, so scorecards spread over every level as in a real organisation.
  const statuses = ["adopted", "adopted", "adopted", "adopted", "partial", "not-adopted", "not-applicable"] as const;
  const checklistAnswers: NonNullable<TCatalogData["checklistAnswers"]> = components.flatMap((component) =>
    PRACTICE_CATALOGUE.items
      .filter((item) => item.scope === "component" && practiceAppliesTo(item, component.kind) && rng.next() < 0.3)
      .map((item) => {
        const status = statuses[rng.int(statuses.length)]!;
        return { scope: { kind: "component" as const, slug: component.slug }, itemId: item.id, status, note: status === "not-applicable" ? "Does not apply to this service." : "", answeredBy: "Synthetic generator" };
      }),
  );

  const catalog: TCatalogData = {
    checklistAnswers,
    organisation: { name: `Synthetic enterprise (seed ${size.seed})`, defaultOwnershipMode: "strong", repositoryStrategy: "polyrepo" },
    environments: environments.map((slug, rank) => ({ slug, name: slug[0]!.toUpperCase() + slug.slice(1), rank, description: "" })),
    clusters: clusterSlugs.map((slug, i) => ({ slug, name: `Cluster ${i}`, provider: "EKS", region: "ap-northeast-1", description: "" })),
    namespaces,
    teams: teamSlugs.map((slug, i) => ({
      slug,
      name: `Team ${pad(i, w(size.teams))}`,
      type: i < size.boundedContexts ? "stream-aligned" : rng.pick(TEAM_TYPES),
      description: "",
      contactChannel: `#${slug}`,
      members: Array.from({ length: 3 + rng.int(6) }, (_, m) => ({ name: `Member ${m} of ${slug}`, email: `m${m}.${slug}@example.com`, role: m === 0 ? "Lead" : "Engineer" })),
    })),
    boundedContexts: contextSlugs.map((slug, i) => ({
      slug,
      name: `${WORDS[i % WORDS.length]} context ${i}`,
      purpose: "",
      subdomainType: rng.pick(SUBDOMAIN_TYPES),
      complexity: rng.pick(CONTEXT_COMPLEXITIES),
      teamSlugs: [teamSlugs[i % size.teams]!, ...(rng.next() < 0.05 ? [teamSlugs[(i + 1) % size.teams]!] : [])],
    })),
    contextRelationships: contextSlugs.flatMap((slug, i) =>
      i + 1 < contextSlugs.length && rng.next() < 0.8 ? [{ upstreamSlug: slug, downstreamSlug: contextSlugs[(i + 1 + rng.int(5)) % contextSlugs.length]!, pattern: rng.pick(CONTEXT_RELATIONSHIP_PATTERNS), description: "" }] : [],
    ).filter((r) => r.upstreamSlug !== r.downstreamSlug),
    solutionAreas: [
      { slug: "client-ui", name: "Client UIs", kind: "client-ui", description: "", teamSlugs: teamSlugs.slice(0, 3) },
      { slug: "cross-cutting", name: "Cross-cutting area", kind: "cross-cutting", description: "", teamSlugs: teamSlugs.slice(-2) },
    ],
    repositories,
    components: components.map((c) => ({ ...c, solutionAreaSlug: c.solutionAreaSlug ?? (c.kind === "frontend" || c.kind === "bff" ? "client-ui" : c.kind === "sre-tool" ? "cross-cutting" : null) })),
  };
  // Generators of their own, so adding interactions and evidence left every other generated value as it was.
  return { ...catalog, teamInteractions: syntheticInteractions(catalog, seededRandom(size.seed + 1)), evidenceFacts: syntheticEvidence(catalog, asOf, seededRandom(size.seed + 2)) };
}

/**
 * Interactions as a real organisation declares them, half-heartedly: about half the team pairs
 * behind a context relationship declare one (collaboration for the mutual patterns, X-as-a-Service
 * from upstream otherwise), and each platform team serves a handful of teams.
 */
function syntheticInteractions(catalog: TCatalogData, rng: TSeededRandom): NonNullable<TCatalogData["teamInteractions"]> {
  const firstTeam = new Map(catalog.boundedContexts.map((c) => [c.slug!, c.teamSlugs[0]]));
  const declared = new Map<string, NonNullable<TCatalogData["teamInteractions"]>[number]>();
  const declare = (teamSlug: string, withTeamSlug: string, mode: "collaboration" | "x-as-a-service") => {
    const key = teamSlug < withTeamSlug ? `${teamSlug}|${withTeamSlug}` : `${withTeamSlug}|${teamSlug}`;
    if (teamSlug !== withTeamSlug && !declared.has(key)) declared.set(key, { teamSlug, withTeamSlug, mode, description: "" });
  };
  for (const relationship of catalog.contextRelationships) {
    const up = firstTeam.get(relationship.upstreamSlug);
    const down = firstTeam.get(relationship.downstreamSlug);
    if (up && down && rng.next() < 0.5) declare(up, down, relationship.pattern === "partnership" || relationship.pattern === "shared-kernel" ? "collaboration" : "x-as-a-service");
  }
  const teams = catalog.teams.map((t) => t.slug!);
  for (const platform of catalog.teams.filter((t) => t.type === "platform")) for (let i = 0; i < 5; i++) declare(platform.slug!, rng.pick(teams), "x-as-a-service");
  return [...declared.values()];
}

