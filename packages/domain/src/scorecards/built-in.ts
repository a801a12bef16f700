import type { TComponentKind } from "../catalog/component.ts";
import { PRACTICE_CATALOGUE } from "../practices/catalogue.ts";
import type { TPracticeCategory, TPracticeItem } from "../practices/practice.ts";
import { DEFAULT_LADDER, ZScorecardDefinitionSchema, type TRule, type TScorecardDefinition, type TScorecardDefinitionInput } from "./scorecard.ts";

const RULE_CATEGORY: Record<TPracticeCategory, string> = {
  configuration: "configuration",
  "service-mesh": "configuration",
  chassis: "configuration",
  repositories: "repositories",
  ownership: "ownership",
  organisation: "organisation",
  delivery: "delivery",
  pipeline: "delivery",
  deployment: "deployment",
  probes: "deployment",
  shutdown: "deployment",
  scaling: "scaling",
  resilience: "resilience",
  testing: "testing",
};

const items = new Map(PRACTICE_CATALOGUE.items.map((item) => [item.id, item]));
function item(id: string): TPracticeItem {
  const found = items.get(id);
  if (!found) throw new Error(`Built-in scorecards name a practice the catalogue lacks: ${id}`);
  return found;
}

type TLevel = (typeof DEFAULT_LADDER)[number]["name"];
type TRuleInput = Omit<TRule, "weight" | "remediation"> & { weight?: number; remediation?: string };

/**
 * A rule that holds when the practice does: proved by evidence, else answered on the checklist.
 * Kinds the practice is not asked of pass it, so one scorecard can cover several kinds.
 */
function practiceRule(id: string, level: TLevel, options: { weight?: number; scoredKinds?: readonly TComponentKind[]; also?: string } = {}): TRuleInput {
  const practice = item(id);
  const askedOf = practice.appliesTo === "all" ? undefined : practice.appliesTo;
  const needsGuard = askedOf && options.scoredKinds?.some((kind) => !askedOf.includes(kind));
  const holds = options.also ? `${options.also} || practice("${id}")` : `practice("${id}")`;
  return {
    id,
    title: practice.title,
    level,
    category: RULE_CATEGORY[practice.category],
    weight: options.weight ?? 1,
    practiceId: id,
    expression: needsGuard ? `!(kind in [${askedOf.map((k) => `"${k}"`).join(", ")}]) || ${options.also ? `(${holds})` : holds}` : holds,
    failureMessage: `${practice.title}: not in place.`,
    remediation: practice.description,
  };
}

function scorecard(definition: Omit<TScorecardDefinitionInput, "ladder" | "ownerTeam" | "rules"> & { rules: TRuleInput[] }): TScorecardDefinition {
  return ZScorecardDefinitionSchema.parse({ ...definition, ownerTeam: null, ladder: DEFAULT_LADDER.map((level) => ({ ...level })) });
}

const DEPLOYED: TComponentKind[] = ["microservice", "frontend", "bff", "sre-tool"];
const APPLICATIONS: TComponentKind[] = ["microservice", "frontend", "bff"];

const deploymentReadiness = scorecard({
  slug: "deployment-readiness",
  name: "Deployment readiness",
  description: "How a workload is deployed: probes, graceful shutdown, rolling updates and placement (practice catalogue, section 24).",
  entityKind: "component",
  filter: { componentKinds: DEPLOYED },
  rules: [
    { id: "deployed", title: "Deployed to a namespace", level: "Bronze", category: "deployment", weight: 2, expression: "deployments.count > 0", failureMessage: "The catalog lists no namespace the component is deployed to.", remediation: "Add the namespaces it runs in on the component's page, so its runtime can be checked." },
    practiceRule("deploy.probes.readiness", "Bronze", { weight: 3, scoredKinds: DEPLOYED }),
    practiceRule("deploy.probes.liveness", "Bronze", { weight: 3, scoredKinds: DEPLOYED }),
    practiceRule("deploy.probes.startup", "Silver", { weight: 2, scoredKinds: DEPLOYED }),
    practiceRule("deploy.probes.endpoints", "Silver", { weight: 2, scoredKinds: DEPLOYED }),
    practiceRule("deploy.shutdown.prestop-wait", "Silver", { weight: 2, scoredKinds: DEPLOYED }),
    practiceRule("deploy.shutdown.bounded-grace-period", "Silver", { weight: 2, scoredKinds: DEPLOYED }),
    practiceRule("deploy.workload.rolling-update", "Silver", { scoredKinds: DEPLOYED }),
    practiceRule("deploy.workload.zone-spread", "Gold", { scoredKinds: DEPLOYED }),
    practiceRule("deploy.image-pull-policy.if-not-present", "Gold", { scoredKinds: DEPLOYED }),
    practiceRule("deploy.service-per-container", "Gold", { scoredKinds: DEPLOYED }),
  ],
});

const resilienceAndScaling = scorecard({
  slug: "resilience-and-scaling",
  name: "Resilience and scaling",
  description: "Whether a workload keeps serving under load and failure: replicas, disruption budgets, autoscaling, the mesh's retries and timeouts (section 25).",
  entityKind: "component",
  filter: { componentKinds: DEPLOYED },
  rules: [
    { id: "in-mesh", title: "Runs in the service mesh", level: "Bronze", category: "resilience", weight: 2, practiceId: "mesh.namespace-in-mesh", expression: "deployments.inMesh", failureMessage: "A namespace it is deployed to is outside the service mesh, so it gets no mesh retries, timeouts or mTLS.", remediation: item("mesh.namespace-in-mesh").description },
    practiceRule("scaling.pod.desired-count", "Bronze", { weight: 2, scoredKinds: DEPLOYED }),
    practiceRule("scaling.pod.pdb", "Silver", { weight: 2, scoredKinds: DEPLOYED }),
    practiceRule("scaling.pod.hpa", "Silver", { scoredKinds: DEPLOYED }),
    practiceRule("scaling.pod.metrics-server", "Silver"),
    practiceRule("resilience.retry", "Silver", { weight: 2, scoredKinds: DEPLOYED }),
    practiceRule("resilience.timeout", "Silver", { weight: 2, scoredKinds: DEPLOYED }),
    practiceRule("resilience.circuit-breaker", "Gold", { scoredKinds: DEPLOYED }),
    practiceRule("scaling.pod.guaranteed-qos", "Gold", { scoredKinds: DEPLOYED }),
    practiceRule("scaling.node.dedicated-labelled-nodes", "Gold", { scoredKinds: DEPLOYED }),
    practiceRule("scaling.node.graceful-shutdown", "Gold"),
  ],
});

const deliveryGitOps = scorecard({
  slug: "delivery-gitops",
  name: "Delivery and GitOps",
  description: "How changes reach production: separate Kubernetes repositories, GitOps instead of CIOps, and the pipeline stages of section 23 (with the repository split of section 21).",
  entityKind: "component",
  filter: { componentKinds: DEPLOYED },
  rules: [
    { id: "repositories-split", title: "Application and Kubernetes repositories are separate", level: "Bronze", category: "repositories", weight: 2, practiceId: "repo.polyrepo.kubernetes-repository", expression: `!(kind in ["microservice", "frontend", "bff"]) || repositories.split`, failureMessage: "The catalog does not show both an application repository and a Kubernetes repository for it.", remediation: item("repo.polyrepo.kubernetes-repository").description },
    { id: "deployed-by-gitops", title: "Deployed by GitOps with auto-sync", level: "Bronze", category: "delivery", weight: 2, practiceId: "delivery.gitops.cd-auto-sync", expression: "deployments.gitOps", failureMessage: "A namespace it is deployed to is not deployed by GitOps with auto-sync.", remediation: item("delivery.gitops.cd-auto-sync").description },
    practiceRule("delivery.gitops.no-ciops", "Bronze", { weight: 2, scoredKinds: DEPLOYED }),
    practiceRule("delivery.stage.build", "Bronze", { scoredKinds: DEPLOYED }),
    practiceRule("delivery.stage.unit-test", "Bronze", { scoredKinds: DEPLOYED }),
    practiceRule("delivery.gitops.ci-updates-kubernetes-repository", "Silver", { weight: 2, scoredKinds: DEPLOYED }),
    practiceRule("delivery.stage.test-deploy", "Silver", { scoredKinds: DEPLOYED }),
    practiceRule("delivery.stage.staging-deploy", "Silver", { scoredKinds: DEPLOYED }),
    practiceRule("delivery.stage.approval", "Silver", { scoredKinds: DEPLOYED }),
    practiceRule("delivery.stage.production-deploy", "Silver", { scoredKinds: DEPLOYED }),
    practiceRule("delivery.microservice.db-migration-before-deploy", "Silver", { scoredKinds: DEPLOYED }),
    practiceRule("delivery.stage.e2e", "Gold", { scoredKinds: DEPLOYED }),
    practiceRule("delivery.stage.load-regression", "Gold", { scoredKinds: DEPLOYED }),
    practiceRule("delivery.frontend.cdn-purge", "Gold", { scoredKinds: DEPLOYED }),
    practiceRule("chassis.ci.shared-config", "Gold", { scoredKinds: DEPLOYED }),
  ],
});

const TESTED: TComponentKind[] = ["microservice", "frontend", "bff", "shared-library"];
const testing = scorecard({
  slug: "testing",
  name: "Testing",
  description: "The test portfolio of section 26: unit and service tests, consumer-driven contracts, end-to-end, load, regression, fault injection and chaos.",
  entityKind: "component",
  filter: { componentKinds: TESTED },
  rules: [
    practiceRule("testing.unit", "Bronze", { weight: 3, scoredKinds: TESTED }),
    practiceRule("testing.service", "Silver", { weight: 2, scoredKinds: TESTED }),
    practiceRule("testing.contract", "Silver", { weight: 2, scoredKinds: TESTED }),
    practiceRule("testing.e2e", "Silver", { scoredKinds: TESTED }),
    practiceRule("testing.load", "Gold", { scoredKinds: TESTED }),
    practiceRule("testing.regression", "Gold", { scoredKinds: TESTED }),
    practiceRule("testing.fault-injection", "Gold", { scoredKinds: TESTED }),
    practiceRule("testing.chaos", "Gold", { scoredKinds: TESTED }),
  ],
});

const sharedLogic = scorecard({
  slug: "shared-logic-and-configuration",
  name: "Shared logic and configuration",
  description: "Externalised configuration, secrets encrypted with SOPS, and the microservice chassis: shared logging, instrumentation and CI (section 20).",
  entityKind: "component",
  filter: { componentKinds: DEPLOYED },
  rules: [
    practiceRule("config.public.configmap", "Bronze", { weight: 2, scoredKinds: DEPLOYED }),
    practiceRule("config.private.secret-sops", "Bronze", { weight: 3, scoredKinds: DEPLOYED }),
    practiceRule("chassis.logging.shared-tool", "Silver", { scoredKinds: DEPLOYED, also: "dependencies.sharedLibraries > 0" }),
    practiceRule("chassis.instrumentation.shared-tool", "Silver", { scoredKinds: DEPLOYED, also: "dependencies.sharedLibraries > 0" }),
    practiceRule("chassis.logging.common-fields", "Silver"),
    practiceRule("config.private.cloud-secrets-kms", "Silver", { scoredKinds: DEPLOYED }),
    practiceRule("chassis.instrumentation.common-span-attributes", "Gold", { scoredKinds: DEPLOYED }),
    practiceRule("chassis.rpc-api.shared-definitions", "Gold"),
    practiceRule("chassis.iac.shared-modules", "Gold"),
  ],
});

const teamOrganisation = scorecard({
  slug: "team-organisation",
  name: "Team organisation",
  description: "Teams shaped as the article's organisation (sections 21–22): one bounded context per team, a team of five to nine, strong ownership respected.",
  entityKind: "team",
  filter: {},
  rules: [
    { id: "has-members", title: "Has members", level: "Bronze", category: "organisation", weight: 2, expression: "members.count > 0", failureMessage: "The team lists no members.", remediation: "Add the team's members on its page; ownership checks and contacts depend on them." },
    { id: "one-context", title: "At most one bounded context", level: "Bronze", category: "organisation", weight: 3, practiceId: "org.team-per-bounded-context", expression: "contexts.count <= 1", failureMessage: "The team answers for more than one bounded context.", remediation: item("org.team-per-bounded-context").description },
    { id: "team-size", title: "Five to nine members", level: "Silver", category: "organisation", weight: 2, expression: "members.count >= 5 && members.count <= 9", failureMessage: "The team has fewer than five or more than nine members.", remediation: "Keep teams between five and nine people: small enough to share context, large enough to own services on call." },
    { id: "strong-ownership-respected", title: "Strong ownership respected", level: "Silver", category: "ownership", weight: 2, practiceId: "org.ownership.strong.single-owner", expression: "components.strongShared == 0", failureMessage: "The team co-owns a strongly owned component with another team.", remediation: item("org.ownership.strong.single-owner").description },
    practiceRule("chassis.cd.shared-config", "Gold"),
  ],
});

const contextOwnership = scorecard({
  slug: "context-ownership",
  name: "Bounded-context ownership",
  description: "Every bounded context has exactly one team, and every component in it has an owner from that team (section 22).",
  entityKind: "bounded-context",
  filter: {},
  rules: [
    { id: "has-team", title: "Has a team", level: "Bronze", category: "ownership", weight: 3, practiceId: "org.team-per-bounded-context", expression: "teams.count >= 1", failureMessage: "No team answers for the bounded context.", remediation: item("org.team-per-bounded-context").description },
    { id: "no-unowned-components", title: "No unowned components", level: "Bronze", category: "ownership", weight: 3, practiceId: "org.ownership.owner-assigned", expression: "components.unowned == 0", failureMessage: "Components in the context have no owning team.", remediation: item("org.ownership.owner-assigned").description },
    { id: "one-team", title: "Exactly one team", level: "Silver", category: "organisation", weight: 2, practiceId: "org.team-per-bounded-context", expression: "teams.count == 1", failureMessage: "More than one team answers for the bounded context.", remediation: item("org.team-per-bounded-context").description },
    { id: "owned-by-its-team", title: "Components owned by the context's team", level: "Silver", category: "ownership", weight: 2, expression: "components.ownedElsewhere == 0", failureMessage: "Components in the context are owned only by teams that do not answer for it.", remediation: "Move ownership of the context's components to the team that answers for the context, or move the components to the right context." },
    { id: "on-the-context-map", title: "On the context map", level: "Gold", category: "organisation", expression: "relationships.count > 0", failureMessage: "The context has no context-map relationship.", remediation: "Record how the context relates to its neighbours (customer–supplier, conformist, anticorruption layer…) on its page." },
  ],
});

/** The scorecards every new organisation starts with, derived from the practice catalogue. */
export const BUILT_IN_SCORECARDS: readonly TScorecardDefinition[] = [deploymentReadiness, resilienceAndScaling, deliveryGitOps, testing, sharedLogic, teamOrganisation, contextOwnership];
