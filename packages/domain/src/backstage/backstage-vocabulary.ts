import type { TComponentKind } from "../catalog/component.ts";
import { SLUG_PATTERN, SLUG_MAX_LENGTH, slugify } from "../catalog/slug.ts";

/** The Backstage descriptor format version Topograph reads and writes. */
export const BACKSTAGE_API_VERSION = "backstage.io/v1alpha1";

/** Backstage's own well-known annotations that carry catalog facts Topograph keeps. */
export const BACKSTAGE_ANNOTATIONS = {
  kubernetesNamespace: "backstage.io/kubernetes-namespace",
  sourceLocation: "backstage.io/source-location",
  githubProjectSlug: "github.com/project-slug",
} as const;

/**
 * Topograph-only fields, kept as `topograph.io/*` annotations so that a file Topograph wrote reads
 * back into the same catalog. Lists are comma-separated slugs; structured values are JSON.
 */
export const TOPOGRAPH_ANNOTATIONS = {
  defaultOwnershipMode: "topograph.io/default-ownership-mode",
  repositoryStrategy: "topograph.io/repository-strategy",
  teamType: "topograph.io/team-type",
  contactChannel: "topograph.io/contact-channel",
  /** JSON `[{ with, mode, description }]`: the Team Topologies interactions a team declares. */
  interactions: "topograph.io/interactions",
  /** A user's role in their one team. */
  role: "topograph.io/role",
  /** JSON `{ "<team slug>": "<role>" }` for a user in several teams. */
  roles: "topograph.io/roles",
  solutionAreaKind: "topograph.io/solution-area-kind",
  subdomainType: "topograph.io/subdomain-type",
  complexity: "topograph.io/complexity",
  /** Teams answering for a context or area (Backstage has one owner). */
  teams: "topograph.io/teams",
  /** JSON `[{ upstream, pattern, description }]` on the downstream context. */
  upstreamContexts: "topograph.io/upstream-contexts",
  componentKind: "topograph.io/component-kind",
  ownershipMode: "topograph.io/ownership-mode",
  /** Owner teams when there are not exactly one (Backstage has one owner). */
  owners: "topograph.io/owners",
  /** JSON object of Topograph labels, whose values Backstage labels could not hold. */
  labels: "topograph.io/labels",
  repositories: "topograph.io/repositories",
  namespaces: "topograph.io/namespaces",
  asyncDependencies: "topograph.io/async-dependencies",
  cluster: "topograph.io/cluster",
  environment: "topograph.io/environment",
  meshMembership: "topograph.io/mesh-membership",
  deployMethod: "topograph.io/deploy-method",
  rank: "topograph.io/rank",
  provider: "topograph.io/provider",
  region: "topograph.io/region",
  repositoryKind: "topograph.io/repository-kind",
  defaultBranch: "topograph.io/default-branch",
  branchModel: "topograph.io/branch-model",
  /** Components a repository lists on its own side of the link. */
  components: "topograph.io/components",
} as const;

/** Resource types Topograph writes for runtime and repository entries. */
export const BACKSTAGE_RESOURCE_TYPES = {
  namespace: "kubernetes-namespace",
  cluster: "kubernetes-cluster",
  environment: "environment",
  repository: "git-repository",
} as const;

/** Backstage component types and the Topograph kinds they stand for. */
export const COMPONENT_KIND_BY_BACKSTAGE_TYPE: Record<string, TComponentKind> = {
  service: "microservice",
  website: "frontend",
  library: "shared-library",
};
/** Kinds Backstage has no type for are written as services with the kind in an annotation. */
export const BACKSTAGE_TYPE_BY_COMPONENT_KIND: Record<TComponentKind, string> = {
  microservice: "service",
  frontend: "website",
  "shared-library": "library",
  bff: "service",
  "sre-tool": "service",
};

/** Where namespaces named only by `backstage.io/kubernetes-namespace` land when no cluster is named. */
export const DEFAULT_BACKSTAGE_RUNTIME = "backstage";

/**
 * A Backstage entity name as a Topograph slug: kept when already one, otherwise slugified
 * (Backstage allows dots, underscores and capitals), so every reference maps the same way.
 */
export function slugOfEntityName(name: string): string {
  return SLUG_PATTERN.test(name) && name.length <= SLUG_MAX_LENGTH ? name : slugify(name);
}

export interface TBackstageEntityRef {
  kind: string | null;
  name: string;
}

/**
 * Reads `[kind:][namespace/]name`. Backstage namespaces are flattened: Topograph has one catalog,
 * so `group:default/team-a` and `group:other/team-a` name the same team.
 */
export function parseEntityRef(ref: string): TBackstageEntityRef {
  const colon = ref.indexOf(":");
  const kind = colon > 0 ? ref.slice(0, colon).toLowerCase() : null;
  const rest = colon > 0 ? ref.slice(colon + 1) : ref;
  const name = rest.slice(rest.lastIndexOf("/") + 1);
  return { kind, name };
}

/** Comma-separated slug lists in annotations; blanks are ignored. */
export function splitAnnotationList(value: string): string[] {
  return value
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}
