import type { TAnswerStatus } from "../practices/checklist.ts";

/** The entity kinds a scorecard can score. */
export const SCORED_KINDS = ["component", "team", "bounded-context", "namespace"] as const;
export type TScoredKind = (typeof SCORED_KINDS)[number];
export const SCORED_KIND_LABELS: Record<TScoredKind, string> = {
  component: "Component",
  team: "Team",
  "bounded-context": "Bounded context",
  namespace: "Namespace",
};

/** A fact nobody has established: rules reading it are "unknown", not "fail". */
export const UNKNOWN: unique symbol = Symbol("unknown");
export type TUnknown = typeof UNKNOWN;
export type TFactValue = boolean | number | string;
export type TFactType = "boolean" | "number" | "string";

/** Where a fact comes from; evidence facts are produced by repository scans. */
export type TFactSource = "catalog" | "checklist" | "evidence";

export interface TFactDefinition {
  key: string;
  type: TFactType;
  description: string;
}

/**
 * A fact produced by reading a repository, a cluster or any other machine source. Practice checks
 * use the practice item's ID as `key` and a boolean verdict; other producers may add facts of their
 * own. The scan issue adds producers; scoring only reads this shape.
 */
export interface TEvidenceFact {
  subject: { kind: TScoredKind; slug: string };
  key: string;
  value: TFactValue;
  /** One sentence a reviewer can check, e.g. "readinessProbe equals livenessProbe". */
  message: string;
  /** Where the proof is: a file and line in a repository, or another locator. */
  location?: { source: string; file?: string; line?: number };
  observedAt: string;
}

/** What a rule can read about one entity. */
export interface TSubjectFacts {
  kind: TScoredKind;
  slug: string;
  name: string;
  /** Owning teams (components), the team itself, or teams of the context; used for rollups. */
  teamSlugs: readonly string[];
  /** Bounded contexts the entity belongs to; used for rollups and filters. */
  contextSlugs: readonly string[];
  catalog: ReadonlyMap<string, TFactValue>;
  /** The checklist answer that applies, own or inherited. */
  answer(itemId: string): TAnswerStatus;
  evidence(key: string): TEvidenceFact | undefined;
}

const component: TFactDefinition[] = [
  { key: "kind", type: "string", description: "Component kind: microservice, frontend, bff, sre-tool or shared-library." },
  { key: "lifecycle", type: "string", description: "Lifecycle: experimental, production or deprecated." },
  { key: "ownershipMode", type: "string", description: "The ownership mode that applies (the component's override or the organisation default): collective or strong." },
  { key: "owners.count", type: "number", description: "Number of owning teams." },
  { key: "owners.singleContext", type: "boolean", description: "Has an owner, and every owning team answers for at most one bounded context." },
  { key: "context.assigned", type: "boolean", description: "Belongs to a solution area (a bounded context, a client UI or the cross-cutting area)." },
  { key: "context.ownedByItsTeam", type: "boolean", description: "An owning team is one of the teams of the component's solution area." },
  { key: "repositories.count", type: "number", description: "Repositories holding the component." },
  { key: "repositories.application", type: "number", description: "Application repositories holding the component." },
  { key: "repositories.kubernetes", type: "number", description: "Kubernetes (manifest) repositories holding the component." },
  { key: "repositories.terraform", type: "number", description: "Terraform repositories holding the component." },
  { key: "repositories.split", type: "boolean", description: "Application code and Kubernetes manifests live in separate repositories." },
  { key: "deployments.count", type: "number", description: "Namespaces the component is deployed to." },
  { key: "deployments.inMesh", type: "boolean", description: "Every namespace it is deployed to is in the service mesh (unknown when not deployed)." },
  { key: "deployments.gitOps", type: "boolean", description: "Every namespace it is deployed to is deployed by GitOps with auto-sync (unknown when not deployed)." },
  { key: "dependencies.count", type: "number", description: "Components it depends on." },
  { key: "dependencies.sharedLibraries", type: "number", description: "Shared-library components it depends on (the chassis)." },
  { key: "dependencies.crossTeamSync", type: "number", description: "Synchronous dependencies on components owned by other teams." },
  { key: "dependents.count", type: "number", description: "Components that depend on it." },
];
const team: TFactDefinition[] = [
  { key: "type", type: "string", description: "Team Topologies type: stream-aligned, platform, enabling or complicated-subsystem." },
  { key: "members.count", type: "number", description: "Number of members." },
  { key: "contexts.count", type: "number", description: "Bounded contexts the team answers for." },
  { key: "areas.count", type: "number", description: "Solution areas the team answers for." },
  { key: "components.count", type: "number", description: "Components the team owns." },
  { key: "components.strongShared", type: "number", description: "Strongly owned components the team owns together with another team (strong ownership means one owner)." },
];
const boundedContext: TFactDefinition[] = [
  { key: "subdomainType", type: "string", description: "Subdomain type: core, supporting or generic." },
  { key: "complexity", type: "string", description: "Complexity: simple, complicated or complex." },
  { key: "teams.count", type: "number", description: "Teams that answer for the context." },
  { key: "components.count", type: "number", description: "Components in the context." },
  { key: "components.unowned", type: "number", description: "Components in the context without an owning team." },
  { key: "components.ownedElsewhere", type: "number", description: "Components in the context owned only by teams that do not answer for it." },
  { key: "relationships.count", type: "number", description: "Context-map relationships it takes part in." },
];
const namespace: TFactDefinition[] = [
  { key: "environment", type: "string", description: "Environment slug, e.g. production." },
  { key: "cluster", type: "string", description: "Cluster slug." },
  { key: "meshMembership", type: "string", description: "Mesh membership: sidecar, sidecarless, outside or control-plane." },
  { key: "inMesh", type: "boolean", description: "The namespace is in the service mesh (sidecar or sidecarless)." },
  { key: "deployMethod", type: "string", description: "Deploy method: gitops-auto-sync, manual-helmfile or ciops-push." },
  { key: "components.count", type: "number", description: "Components deployed into it." },
];

/** Every catalog fact a rule may read, per scored kind. Component labels add `labels.<name>` (string). */
export const CATALOG_FACTS: Record<TScoredKind, readonly TFactDefinition[]> = { component, team, "bounded-context": boundedContext, namespace };

/** Component labels are open-ended: `labels.tier` reads the label "tier". */
export const LABEL_FACT_PREFIX = "labels.";

export function catalogFact(kind: TScoredKind, key: string): TFactDefinition | undefined {
  if (kind === "component" && key.startsWith(LABEL_FACT_PREFIX) && key.length > LABEL_FACT_PREFIX.length) {
    return { key, type: "string", description: `The component's "${key.slice(LABEL_FACT_PREFIX.length)}" label.` };
  }
  return CATALOG_FACTS[kind].find((fact) => fact.key === key);
}

/** The functions an expression may call; each takes one string literal. */
export const FACT_FUNCTIONS = {
  practice: {
    type: "boolean",
    description:
      "Whether a practice holds: the evidence verdict when a scan produced one, otherwise the checklist answer (adopted or not applicable: true; partial or not adopted: false; unanswered: unknown).",
  },
  answer: { type: "string", description: "The checklist answer that applies (own or inherited): adopted, partial, not-adopted, not-applicable or unknown." },
  evidence: { type: "any", description: "An evidence fact produced by a scan, by key (practice checks use the practice ID); unknown until scanned." },
} as const;
export type TFactFunction = keyof typeof FACT_FUNCTIONS;
