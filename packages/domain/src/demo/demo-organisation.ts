import type { TBoundedContextCreate, TContextRelationshipCreate } from "../catalog/bounded-context.ts";
import type { TComponentCreate } from "../catalog/component.ts";
import type { TNamespaceCreate } from "../catalog/namespace.ts";
import type { TOwnershipMode, TRepositoryStrategy } from "../catalog/organisation.ts";
import type { TRepositoryCreate } from "../catalog/repository.ts";
import type { TClusterCreate, TEnvironmentCreate } from "../catalog/runtime.ts";
import type { TSolutionAreaCreate } from "../catalog/solution-area.ts";
import type { TTeamCreate, TTeamType } from "../catalog/team.ts";
import type { TTeamInteraction } from "../catalog/team-interaction.ts";
import type { TEvidenceFact } from "../scorecards/facts.ts";
import { DEMO_ANSWERS, DEMO_DECISIONS, type TDemoAnswer, type TDemoDecision } from "./demo-practices.ts";

/**
 * The example organisation of the design article (sections 21–23): one team per bounded context
 * (A, B, X), client UI teams for X (frontend, BFF), an SRE team for the cross-cutting area; an
 * application and a Kubernetes repository per component (the SRE team has only a Kubernetes one);
 * ArgoCD deploys everything but Istio, which the SRE team deploys by hand with Helmfile.
 * Written as the same inputs the API takes, so loading it exercises every rule a user meets.
 */
export interface TCatalogData {
  organisation: { name: string; defaultOwnershipMode: TOwnershipMode; repositoryStrategy: TRepositoryStrategy };
  environments: TEnvironmentCreate[];
  clusters: TClusterCreate[];
  namespaces: TNamespaceCreate[];
  teams: TTeamCreate[];
  boundedContexts: TBoundedContextCreate[];
  contextRelationships: TContextRelationshipCreate[];
  solutionAreas: TSolutionAreaCreate[];
  repositories: TRepositoryCreate[];
  components: TComponentCreate[];
  /** Declared Team Topologies interactions between teams. */
  teamInteractions?: TTeamInteraction[];
  /** Practice checklist answers and decisions, loaded after the catalog they refer to. */
  checklistAnswers?: TDemoAnswer[];
  decisions?: TDemoDecision[];
  /** What repository and cluster scans established (the generated enterprise; the bulk loader writes them). */
  evidenceFacts?: TEvidenceFact[];
}

const CLUSTERS = [
  { slug: "stg", name: "Staging cluster", environment: "staging" },
  { slug: "prd", name: "Production cluster", environment: "production" },
] as const;

/** Namespaces of the article's runtime diagram, in every cluster. */
const NAMESPACES = [
  { name: "a-service", meshMembership: "sidecar", deployMethod: "gitops-auto-sync", description: "Microservice A." },
  { name: "b-service", meshMembership: "sidecar", deployMethod: "gitops-auto-sync", description: "Microservice B." },
  { name: "x-service", meshMembership: "sidecar", deployMethod: "gitops-auto-sync", description: "Microservice X." },
  { name: "x-frontend", meshMembership: "sidecar", deployMethod: "gitops-auto-sync", description: "Frontend app for client X." },
  { name: "x-bff", meshMembership: "sidecar", deployMethod: "gitops-auto-sync", description: "BFF for client X." },
  { name: "istio-ingress", meshMembership: "sidecar", deployMethod: "manual-helmfile", description: "Istio ingress gateway." },
  { name: "istio-egress", meshMembership: "sidecar", deployMethod: "manual-helmfile", description: "Istio egress gateway." },
  { name: "istio-system", meshMembership: "control-plane", deployMethod: "manual-helmfile", description: "Istio control plane (istiod)." },
  { name: "x-infra", meshMembership: "outside", deployMethod: "gitops-auto-sync", description: "SRE tools that run outside the mesh." },
] as const satisfies readonly Omit<TNamespaceCreate, "clusterSlug" | "environmentSlug">[];

const team = (slug: string, name: string, type: TTeamType, purpose: string, members: [string, string][]): TTeamCreate => ({
  slug,
  name,
  type,
  description: purpose,
  contactChannel: `#${slug}`,
  members: members.map(([memberName, role]) => ({
    name: memberName,
    email: `${memberName.toLowerCase().replace(/[^a-z]+/g, ".")}@example.com`,
    role,
  })),
});

const REPOSITORY_BASE = "https://github.com/example-org";

/** An application and a Kubernetes repository for a component, as the polyrepo strategy asks. */
function repositoriesFor(component: string, { application = true } = {}): TRepositoryCreate[] {
  const repositories: TRepositoryCreate[] = [
    {
      slug: `${component}-kubernetes`,
      name: `${component}-kubernetes`,
      url: `${REPOSITORY_BASE}/${component}-kubernetes`,
      kind: "kubernetes",
      defaultBranch: "main",
      branchModel: "github-flow",
      description: `Kubernetes manifests for ${component}; ArgoCD syncs them.`,
      componentSlugs: [],
    },
  ];
  if (application) {
    repositories.unshift({
      slug: `${component}-app`,
      name: component,
      url: `${REPOSITORY_BASE}/${component}`,
      kind: "application",
      defaultBranch: "main",
      branchModel: "github-flow",
      description: `Application code of ${component}; its CI updates ${component}-kubernetes.`,
      componentSlugs: [],
    });
  }
  return repositories;
}

const everyCluster = (namespace: string) => CLUSTERS.map((cluster) => `${cluster.slug}-${namespace}`);

const component = (
  fields: Pick<TComponentCreate, "slug" | "name" | "kind" | "description" | "solutionAreaSlug" | "ownerTeamSlugs" | "dependencies"> & {
    repositorySlugs: string[];
    namespaceSlugs: string[];
  },
): TComponentCreate => ({ lifecycle: "production", labels: {}, ownershipMode: null, ...fields });

export const DEMO_ORGANISATION: TCatalogData = {
  organisation: { name: "Example organisation", defaultOwnershipMode: "strong", repositoryStrategy: "polyrepo" },
  environments: [
    { slug: "staging", name: "Staging", rank: 2, description: "Deployed by the CD pipeline before production; E2E and load tests run here." },
    { slug: "production", name: "Production", rank: 3, description: "Deployed after review and approval." },
  ],
  clusters: CLUSTERS.map((cluster) => ({
    slug: cluster.slug,
    name: cluster.name,
    provider: "AWS EKS",
    region: "ap-northeast-1",
    description: `Kubernetes cluster for ${cluster.environment}.`,
  })),
  namespaces: CLUSTERS.flatMap((cluster) =>
    NAMESPACES.map((namespace) => ({ ...namespace, slug: `${cluster.slug}-${namespace.name}`, clusterSlug: cluster.slug, environmentSlug: cluster.environment })),
  ),
  teams: [
    team("team-a", "Microservice team A", "stream-aligned", "Builds and runs microservice A for bounded context A.", [["Aiko Sato", "Tech lead"], ["Ben Ito", "Engineer"], ["Chika Mori", "Engineer"], ["Eri Kondo", "Engineer"], ["Taro Yamada", "QA engineer"], ["Yuki Shimizu", "Engineer"]]),
    team("team-b", "Microservice team B", "stream-aligned", "Builds and runs microservice B for bounded context B.", [["Daichi Kato", "Tech lead"], ["Emi Abe", "Engineer"]]),
    team("team-x", "Microservice team X", "stream-aligned", "Builds and runs microservice X for bounded context X.", [["Fumi Ueda", "Tech lead"], ["Goro Noda", "Engineer"], ["Hana Ota", "Engineer"], ["Iori Baba", "Engineer"], ["Jiro Kimura", "Engineer"]]),
    team("frontend-x", "Frontend team X", "stream-aligned", "Builds the frontend app of client X.", [["Ichiro Sakai", "Tech lead"], ["Jun Kudo", "Engineer"]]),
    team("bff-x", "BFF team X", "stream-aligned", "Builds the BFF (Nginx) of client X.", [["Kaori Endo", "Tech lead"], ["Ken Hara", "Engineer"]]),
    team("sre", "SRE team", "platform", "Runs the cross-cutting area: service mesh, GitOps, observability.", [["Mai Fujita", "SRE lead"], ["Naoki Ono", "SRE"], ["Rin Goto", "SRE"]]),
  ],
  boundedContexts: [
    { slug: "context-a", name: "Bounded context A", purpose: "The domain model of microservice A.", subdomainType: "core", complexity: "complicated", teamSlugs: ["team-a"] },
    { slug: "context-b", name: "Bounded context B", purpose: "The domain model of microservice B.", subdomainType: "supporting", complexity: "simple", teamSlugs: ["team-b"] },
    { slug: "context-x", name: "Bounded context X", purpose: "The domain model of microservice X.", subdomainType: "core", complexity: "complex", teamSlugs: ["team-x"] },
  ],
  contextRelationships: [
    { upstreamSlug: "context-b", downstreamSlug: "context-a", pattern: "customer-supplier", description: "A asks B for what it needs; B plans for it." },
    { upstreamSlug: "context-a", downstreamSlug: "context-x", pattern: "open-host-service", description: "A publishes an RPC API from shared proto files." },
    { upstreamSlug: "context-a", downstreamSlug: "context-x", pattern: "anticorruption-layer", description: "X translates A's model at its boundary." },
    { upstreamSlug: "context-b", downstreamSlug: "context-x", pattern: "conformist", description: "X consumes B's events as they are." },
  ],
  solutionAreas: [
    { slug: "client-x-ui", name: "Client X UI", kind: "client-ui", description: "The user interface of client X: frontend app and BFF.", teamSlugs: ["frontend-x", "bff-x"] },
    { slug: "cross-cutting", name: "Cross-cutting area", kind: "cross-cutting", description: "Service mesh, GitOps and observability shared by every team.", teamSlugs: ["sre"] },
  ],
  repositories: [
    ...["a-service", "b-service", "x-service", "x-frontend", "x-bff"].flatMap((name) => repositoriesFor(name)),
    ...repositoriesFor("sre", { application: false }),
  ],
  components: [
    component({
      slug: "a-service", name: "a-service", kind: "microservice", description: "Microservice A.", solutionAreaSlug: "context-a", ownerTeamSlugs: ["team-a"],
      repositorySlugs: ["a-service-app", "a-service-kubernetes"], namespaceSlugs: everyCluster("a-service"), dependencies: [{ componentSlug: "b-service", style: "sync" }],
    }),
    component({
      slug: "b-service", name: "b-service", kind: "microservice", description: "Microservice B.", solutionAreaSlug: "context-b", ownerTeamSlugs: ["team-b"],
      repositorySlugs: ["b-service-app", "b-service-kubernetes"], namespaceSlugs: everyCluster("b-service"), dependencies: [],
    }),
    component({
      slug: "x-service", name: "x-service", kind: "microservice", description: "Microservice X.", solutionAreaSlug: "context-x", ownerTeamSlugs: ["team-x"],
      repositorySlugs: ["x-service-app", "x-service-kubernetes"], namespaceSlugs: everyCluster("x-service"),
      dependencies: [{ componentSlug: "a-service", style: "sync" }, { componentSlug: "b-service", style: "async" }],
    }),
    component({
      slug: "x-bff", name: "x-bff", kind: "bff", description: "BFF (Nginx with the instrumentation module) for client X.", solutionAreaSlug: "client-x-ui", ownerTeamSlugs: ["bff-x"],
      repositorySlugs: ["x-bff-app", "x-bff-kubernetes"], namespaceSlugs: everyCluster("x-bff"),
      dependencies: [{ componentSlug: "x-service", style: "sync" }, { componentSlug: "a-service", style: "sync" }],
    }),
    component({
      slug: "x-frontend", name: "x-frontend", kind: "frontend", description: "Frontend app of client X, served through a CDN.", solutionAreaSlug: "client-x-ui", ownerTeamSlugs: ["frontend-x"],
      repositorySlugs: ["x-frontend-app", "x-frontend-kubernetes"], namespaceSlugs: everyCluster("x-frontend"), dependencies: [{ componentSlug: "x-bff", style: "sync" }],
    }),
    component({
      slug: "istio-control-plane", name: "Istio control plane", kind: "sre-tool", description: "istiod; deployed by hand with Helmfile.", solutionAreaSlug: "cross-cutting", ownerTeamSlugs: ["sre"],
      repositorySlugs: ["sre-kubernetes"], namespaceSlugs: everyCluster("istio-system"), dependencies: [],
    }),
    component({
      slug: "istio-ingress-gateway", name: "Istio ingress gateway", kind: "sre-tool", description: "Entry point to the mesh; deployed by hand with Helmfile.", solutionAreaSlug: "cross-cutting", ownerTeamSlugs: ["sre"],
      repositorySlugs: ["sre-kubernetes"], namespaceSlugs: everyCluster("istio-ingress"), dependencies: [{ componentSlug: "istio-control-plane", style: "sync" }],
    }),
    component({
      slug: "istio-egress-gateway", name: "Istio egress gateway", kind: "sre-tool", description: "Exit point from the mesh; deployed by hand with Helmfile.", solutionAreaSlug: "cross-cutting", ownerTeamSlugs: ["sre"],
      repositorySlugs: ["sre-kubernetes"], namespaceSlugs: everyCluster("istio-egress"), dependencies: [{ componentSlug: "istio-control-plane", style: "sync" }],
    }),
    component({
      slug: "observability-stack", name: "Observability stack", kind: "sre-tool", description: "Collectors and dashboards outside the mesh; ArgoCD deploys them.", solutionAreaSlug: "cross-cutting", ownerTeamSlugs: ["sre"],
      repositorySlugs: ["sre-kubernetes"], namespaceSlugs: everyCluster("x-infra"), dependencies: [],
    }),
  ],
  teamInteractions: [
    { teamSlug: "team-b", withTeamSlug: "team-a", mode: "x-as-a-service", description: "B supplies A (customer/supplier)." },
    { teamSlug: "team-a", withTeamSlug: "team-x", mode: "x-as-a-service", description: "A's open host service, consumed by X." },
    { teamSlug: "team-x", withTeamSlug: "bff-x", mode: "x-as-a-service", description: "The BFF calls X's API." },
    { teamSlug: "frontend-x", withTeamSlug: "bff-x", mode: "collaboration", description: "Client X's UI is built by both teams together." },
    ...["team-a", "team-b", "team-x", "frontend-x", "bff-x"].map((withTeamSlug) => ({ teamSlug: "sre", withTeamSlug, mode: "x-as-a-service" as const, description: "Service mesh, GitOps and observability as a platform." })),
  ],
  checklistAnswers: DEMO_ANSWERS,
  decisions: DEMO_DECISIONS,
};
