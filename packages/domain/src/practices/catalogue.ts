import type { TComponentKind } from "../catalog/component.ts";
import type { TDecisionPoint, TEvidenceKind, TPracticeCatalogue, TPracticeCategory, TPracticeItem, TPracticeScope, TPracticeSection } from "./practice.ts";

/** Kinds that run as workloads built from the organisation's own code. */
const APPLICATIONS: readonly TComponentKind[] = ["microservice", "frontend", "bff"];
/** Kinds deployed to Kubernetes (SRE tools are usually prebuilt images). */
const DEPLOYED: readonly TComponentKind[] = ["microservice", "frontend", "bff", "sre-tool"];

function practice(
  id: string,
  section: TPracticeSection,
  category: TPracticeCategory,
  title: string,
  description: string,
  options: { appliesTo?: TPracticeItem["appliesTo"]; scope?: TPracticeScope; evidence?: readonly TEvidenceKind[]; how?: string; decisionPointId?: string } = {},
): TPracticeItem {
  const { appliesTo = "all", scope = "component", evidence, how = "", decisionPointId } = options;
  return {
    id,
    section,
    category,
    title,
    description,
    appliesTo,
    scope,
    verification: evidence ? { by: "evidence", evidence, how } : { by: "person" },
    ...(decisionPointId ? { decisionPointId } : {}),
  };
}

const ITEMS: TPracticeItem[] = [
  // 20 — Shared logic: externalized configuration, service mesh, microservice chassis.
  practice("config.public.configmap", "20", "configuration", "Public settings in ConfigMaps", "Non-secret settings (timeouts, time zone) live outside the image in ConfigMaps and reach the container as files or environment variables.", {
    appliesTo: DEPLOYED, evidence: ["kubernetes-manifests"], how: "The workload mounts or imports a ConfigMap (envFrom, env.valueFrom, volumes).",
  }),
  practice("config.private.secret-sops", "20", "configuration", "Private settings in Secrets encrypted with SOPS", "Credentials reach the container from Kubernetes Secrets whose committed form is encrypted with SOPS; no plain Secret with data is committed.", {
    appliesTo: DEPLOYED, evidence: ["kubernetes-manifests", "sops"], how: "Secrets in the Kubernetes repository carry a top-level sops key; no unencrypted Secret with data or stringData.",
  }),
  practice("config.private.cloud-secrets-kms", "20", "configuration", "Cloud resource secrets in a secrets manager with KMS", "Secrets that build cloud resources (database credentials used by Terraform) are kept in a secrets manager encrypted with a KMS key, not in code.", {
    appliesTo: ["microservice", "bff", "sre-tool"],
  }),
  practice("mesh.namespace-in-mesh", "20", "service-mesh", "Namespace is in the service mesh", "Workloads get retries, timeouts, mTLS and telemetry from the mesh: the namespace is labelled for sidecar injection or ambient (sidecarless) mode.", {
    scope: "namespace", evidence: ["namespace-labels"], how: "Namespace labels istio-injection=enabled, istio.io/rev or istio.io/dataplane-mode=ambient.", decisionPointId: "mesh.model",
  }),
  practice("chassis.logging.shared-tool", "20", "chassis", "Shared logging tool", "Logging comes from a library kept in a shared repository, imported by every service instead of reimplemented.", {
    appliesTo: APPLICATIONS, evidence: ["catalog"], how: "The component depends on a shared-library component for logging.", decisionPointId: "shared-logic.approach",
  }),
  practice("chassis.logging.common-fields", "20", "chassis", "Common log fields", "Every log line carries the same fields: message, trace ID, severity, timestamp, status and user agent, so one query and one alert work for all services."),
  practice("chassis.instrumentation.shared-tool", "20", "chassis", "Shared instrumentation", "Tracing and metrics set-up comes from a shared library, so every service instruments the same way.", {
    appliesTo: APPLICATIONS, evidence: ["catalog"], how: "The component depends on a shared-library component for instrumentation.", decisionPointId: "shared-logic.approach",
  }),
  practice("chassis.instrumentation.common-span-attributes", "20", "chassis", "Common span attributes", "Spans carry the same attributes in every service (service name, database, environment), so traces can be followed across services.", {
    appliesTo: APPLICATIONS,
  }),
  practice("chassis.ci.shared-config", "20", "chassis", "Shared CI configuration", "CI pipelines reuse definitions from a shared repository (reusable workflows, includes) instead of copying them per service.", {
    appliesTo: APPLICATIONS, evidence: ["ci-pipeline"], how: "The pipeline uses a reusable workflow or include from another repository.",
  }),
  practice("chassis.cd.shared-config", "20", "chassis", "Shared CD configuration", "The root ArgoCD Application lives in the platform repository and each team's parent Application in a shared repository (app of apps).", {
    scope: "team", evidence: ["argocd"], how: "An Application whose source path holds the team's other Applications.",
  }),
  practice("chassis.rpc-api.shared-definitions", "20", "chassis", "Shared RPC API definitions", "Proto files live in one shared repository that generates client and server code and API documentation from them.", { scope: "organisation" }),
  practice("chassis.rest-api.shared-tooling", "20", "chassis", "Shared REST API tooling", "REST API specifications and the code generated from them come from one shared repository.", { scope: "organisation" }),
  practice("chassis.iac.shared-modules", "20", "chassis", "Shared IaC modules", "Terraform (or Ansible) modules live in a shared repository that every component's infrastructure code uses.", { scope: "organisation" }),

  // 21 — Repository strategy.
  practice("repo.polyrepo.application-repository", "21", "repositories", "Application code in its own repository", "The component's application code has a repository of its own.", {
    appliesTo: ["microservice", "frontend", "bff", "shared-library"], evidence: ["catalog"], how: "An application repository holds the component.", decisionPointId: "repository.strategy",
  }),
  practice("repo.polyrepo.kubernetes-repository", "21", "repositories", "Kubernetes manifests in their own repository", "The component's Kubernetes manifests have a repository of their own, separate from the application code.", {
    appliesTo: DEPLOYED, evidence: ["catalog"], how: "A Kubernetes repository holds the component.", decisionPointId: "repository.strategy",
  }),
  practice("repo.polyrepo.terraform-repository", "21", "repositories", "Terraform code in its own repository", "The cloud resources the component needs are described in a Terraform repository of their own.", {
    appliesTo: DEPLOYED, evidence: ["catalog"], how: "A Terraform repository holds the component.", decisionPointId: "repository.strategy",
  }),

  // 22 — Organisation.
  practice("org.ownership.owner-assigned", "22", "ownership", "Component has an owning team", "A team answers for the component; it is named in the catalog and in CODEOWNERS.", {
    evidence: ["catalog", "codeowners"], how: "The catalog lists an owner team; CODEOWNERS names it for the repository.", decisionPointId: "ownership.mode",
  }),
  practice("org.ownership.strong.single-owner", "22", "ownership", "One owning team under strong ownership", "Under strong ownership exactly one team owns the component; others change it through a pull request (change request) the owners review.", {
    evidence: ["catalog"], how: "Strong ownership applies and exactly one team owns the component.", decisionPointId: "ownership.mode",
  }),
  practice("org.team-per-bounded-context", "22", "organisation", "One team per bounded context", "A single team answers for each bounded context, so the model and its language have one keeper.", {
    scope: "bounded-context", evidence: ["catalog"], how: "Exactly one team answers for the context.",
  }),
  practice("org.client-ui-teams", "22", "organisation", "Client UI teams for frontend and BFF", "Each client's UI (its frontend app and BFF) is answered for by client UI teams, not by the bounded-context teams.", {
    scope: "organisation", evidence: ["catalog"], how: "Every client-UI solution area has at least one team.",
  }),
  practice("org.sre-team-cross-cutting", "22", "organisation", "SRE team for the cross-cutting area", "An SRE team answers for the cross-cutting area: mesh, GitOps tooling and observability.", {
    scope: "organisation", evidence: ["catalog"], how: "The cross-cutting solution area has a team.",
  }),

  // 23 — CI/CD.
  practice("delivery.gitops.no-ciops", "23", "delivery", "No CIOps: CI never deploys to the cluster", "CI builds and tests only; it never applies manifests to the cluster. CIOps is an anti-pattern on Kubernetes.", {
    appliesTo: APPLICATIONS, evidence: ["ci-pipeline", "catalog"], how: "No pipeline runs kubectl apply, helm upgrade or similar against a cluster; no namespace of the component is deployed by CIOps push.", decisionPointId: "delivery.model",
  }),
  practice("delivery.gitops.ci-updates-kubernetes-repository", "23", "delivery", "Application CI updates the Kubernetes repository", "After a successful build, the application repository's CI updates the image tag in the Kubernetes repository (by pull request or webhook).", {
    appliesTo: APPLICATIONS, evidence: ["ci-pipeline"], how: "A pipeline step commits to or opens a pull request on the Kubernetes repository.", decisionPointId: "delivery.model",
  }),
  practice("delivery.gitops.cd-auto-sync", "23", "delivery", "CD deploys automatically", "A GitOps controller (ArgoCD) syncs the namespace from its Kubernetes repository automatically.", {
    scope: "namespace", evidence: ["argocd", "catalog"], how: "An ArgoCD Application targets the namespace with automated sync.", decisionPointId: "delivery.model",
  }),
  practice("delivery.manual-deploy-only-control-plane", "23", "delivery", "Manual deploys only for the mesh control plane", "Only tools that are safer to operate by hand (the Istio control plane and gateways) are deployed manually with Helmfile; everything else is deployed by GitOps.", {
    scope: "namespace", evidence: ["helmfile", "catalog"], how: "A namespace deployed by Helmfile belongs to the mesh control plane or its gateways.",
  }),
  ...(
    [
      ["build", "Build", "The pipeline builds the artefact (container image) once per change.", APPLICATIONS, ["ci-pipeline"]],
      ["unit-test", "Unit tests", "Unit tests run on every change before anything is deployed.", APPLICATIONS, ["ci-pipeline"]],
      ["test-deploy", "Deploy to the test environment", "Each change is deployed to a test environment.", DEPLOYED, ["ci-pipeline", "argocd"]],
      ["test-verify", "Verify in the test environment", "The change is checked to work in the test environment.", APPLICATIONS, undefined],
      ["test-review", "Review in the test environment", "People review the change running in the test environment.", APPLICATIONS, undefined],
      ["staging-deploy", "Deploy to staging", "The CD pipeline deploys to a staging environment before production.", DEPLOYED, ["argocd"]],
      ["staging-verify", "Verify in staging", "The change is checked to work in staging.", DEPLOYED, undefined],
      ["e2e", "End-to-end tests in staging", "End-to-end tests run against staging.", APPLICATIONS, ["ci-pipeline"]],
      ["load-regression", "Load and regression tests in staging", "System tests (load, regression) run against staging.", APPLICATIONS, ["ci-pipeline"]],
      ["staging-review", "Review in staging", "People review the change running in staging.", APPLICATIONS, undefined],
      ["approval", "Approval before production", "A person approves the release before it reaches production.", DEPLOYED, undefined],
      ["production-deploy", "Deploy to production", "Production is deployed by the same CD pipeline, after approval.", DEPLOYED, ["argocd"]],
    ] as const
  ).map(([stage, title, description, appliesTo, evidence]) =>
    practice(`delivery.stage.${stage}`, "23", "pipeline", `Pipeline stage: ${title}`, description, {
      appliesTo, ...(evidence ? { evidence, how: `The pipeline or GitOps configuration contains a ${title.toLowerCase()} stage.` } : {}),
    }),
  ),
  practice("delivery.frontend.cdn-purge", "23", "pipeline", "Purge the CDN cache after deploying", "Static files change with a deployment, so the frontend pipeline purges the CDN cache after ArgoCD deploys it.", {
    appliesTo: ["frontend"], evidence: ["ci-pipeline", "argocd"], how: "A post-sync hook or pipeline step purges the CDN.",
  }),
  practice("delivery.frontend.browser-e2e", "23", "pipeline", "Browser end-to-end tests", "The frontend pipeline drives a real browser (Playwright or similar) through what users do, across all components.", {
    appliesTo: ["frontend"], evidence: ["ci-pipeline"], how: "A pipeline step runs a browser E2E tool.",
  }),
  practice("delivery.bff.instrumentation-in-image", "23", "pipeline", "BFF image carries the instrumentation module", "The BFF (Nginx) image is built with the instrumentation module installed, so its spans join the trace.", { appliesTo: ["bff"] }),
  practice("delivery.microservice.db-migration-before-deploy", "23", "pipeline", "Database migration before deploying", "The microservice may read new columns right after it starts, so its database migration runs before ArgoCD deploys it (pre-sync hook or pipeline step).", {
    appliesTo: ["microservice"], evidence: ["argocd", "ci-pipeline"], how: "A PreSync hook Job or a pipeline step runs the migration before deployment.",
  }),
  practice("delivery.microservice.load-test", "23", "pipeline", "Load test across the architecture", "A load test tool (Gatling or similar) runs load and regression tests over the whole microservice architecture.", {
    appliesTo: ["microservice"], evidence: ["ci-pipeline"], how: "A pipeline step runs a load test tool.",
  }),
  practice("delivery.sre-tool.kubernetes-pipelines-only", "23", "pipeline", "SRE tools: Kubernetes repository CI and CD only", "SRE tools are usually prebuilt images, so they have no application pipeline: only the Kubernetes repository's CI and the CD pipeline.", {
    appliesTo: ["sre-tool"], evidence: ["catalog"], how: "The component is held by a Kubernetes repository and no application repository.",
  }),

  // 24 — Deployment.
  practice("deploy.service-per-container", "24", "deployment", "One service per container", "Each service runs alone in its own containers (service instance per container), scheduled by Kubernetes.", {
    appliesTo: DEPLOYED, evidence: ["kubernetes-manifests"], how: "The component's workloads run one application container each (sidecars aside).", decisionPointId: "deployment.pattern",
  }),
  practice("deploy.workload.rolling-update", "24", "deployment", "Deployment with RollingUpdate", "A Deployment keeps the desired number of pods and replaces them gradually, keeping old pods serving while new ones start.", {
    appliesTo: DEPLOYED, evidence: ["kubernetes-manifests"], how: "A Deployment (or StatefulSet) whose strategy is RollingUpdate.",
  }),
  practice("deploy.workload.zone-spread", "24", "deployment", "Pods spread across zones", "Pods of one workload are spread over availability zones, so losing a zone does not take the service down.", {
    appliesTo: DEPLOYED, evidence: ["kubernetes-manifests"], how: "topologySpreadConstraints or pod anti-affinity on topology.kubernetes.io/zone.",
  }),
  practice("deploy.probes.startup", "24", "probes", "Startup probe", "A startup probe holds the other probes back until the application has finished starting.", {
    appliesTo: DEPLOYED, evidence: ["kubernetes-manifests"], how: "Every application container declares startupProbe.",
  }),
  practice("deploy.probes.liveness", "24", "probes", "Liveness probe", "A liveness probe restarts a container that stopped responding.", {
    appliesTo: DEPLOYED, evidence: ["kubernetes-manifests"], how: "Every application container declares livenessProbe.",
  }),
  practice("deploy.probes.readiness", "24", "probes", "Readiness probe", "A readiness probe keeps traffic away from a pod until it can serve.", {
    appliesTo: DEPLOYED, evidence: ["kubernetes-manifests"], how: "Every application container declares readinessProbe.",
  }),
  practice("deploy.probes.endpoints", "24", "probes", "Probes use the right endpoints", "Startup and liveness probes call a cheap health-check endpoint (e.g. /healthcheck returning 200); readiness checks that the service can really serve.", {
    appliesTo: DEPLOYED, evidence: ["kubernetes-manifests"], how: "Startup and liveness probes share an endpoint; readiness has its own or checks dependencies.",
  }),
  practice("deploy.image-pull-policy.if-not-present", "24", "deployment", "imagePullPolicy IfNotPresent", "Pulling the image at every container start loads the registry; immutable tags with IfNotPresent avoid that.", {
    appliesTo: DEPLOYED, evidence: ["kubernetes-manifests"], how: "Containers set imagePullPolicy: IfNotPresent with a tag other than latest.",
  }),
  practice("deploy.shutdown.prestop-wait", "24", "shutdown", "preStop wait", "A preStop hook waits until the Service and kube-proxy have stopped sending traffic, so connections are not cut when the pod ends.", {
    appliesTo: DEPLOYED, evidence: ["kubernetes-manifests"], how: "Containers declare lifecycle.preStop (a sleep).",
  }),
  practice("deploy.shutdown.bounded-grace-period", "24", "shutdown", "Bounded termination grace period", "terminationGracePeriodSeconds is set, longer than the preStop wait plus the time to drain, and not unbounded.", {
    appliesTo: DEPLOYED, evidence: ["kubernetes-manifests"], how: "terminationGracePeriodSeconds exceeds the preStop sleep and stays within a limit.",
  }),

  // 25 — Scaling and resilience: node, pod, container.
  practice("scaling.node.dedicated-labelled-nodes", "25", "scaling", "Dedicated labelled nodes for critical services", "Services with a large business impact run on dedicated nodes selected by label; the rest share nodes.", {
    appliesTo: ["microservice"], evidence: ["kubernetes-manifests"], how: "The workload selects nodes by label (nodeSelector or node affinity).",
  }),
  practice("scaling.node.karpenter-managed-node-group", "25", "scaling", "Karpenter with a managed node group for Karpenter itself", "Karpenter provisions labelled nodes for applications, and runs itself on nodes of a managed node group it does not manage.", { scope: "organisation" }),
  practice("scaling.node.graceful-shutdown", "25", "scaling", "Graceful node shutdown", "Nodes drain their pods gracefully when they are removed (Karpenter does it; managed node groups need it configured).", { scope: "organisation" }),
  practice("scaling.pod.descheduler", "25", "scaling", "Descheduler", "A descheduler moves pods away from nodes that became unsuitable, rebalancing the cluster.", { scope: "organisation" }),
  practice("scaling.pod.desired-count", "25", "scaling", "Desired pod count kept", "The workload declares more than one replica, and the Deployment keeps that count.", {
    appliesTo: DEPLOYED, evidence: ["kubernetes-manifests"], how: "replicas ≥ 2, or an HPA with minReplicas ≥ 2.",
  }),
  practice("scaling.pod.hpa", "25", "scaling", "HorizontalPodAutoscaler", "Pods scale out under load and back in afterwards.", {
    appliesTo: APPLICATIONS, evidence: ["kubernetes-manifests"], how: "An HPA whose scaleTargetRef names the workload, in the same namespace.",
  }),
  practice("scaling.pod.metrics-server", "25", "scaling", "metrics-server for autoscaling", "metrics-server (or a metrics adapter) provides the metrics the autoscalers read.", { scope: "organisation" }),
  practice("scaling.pod.guaranteed-qos", "25", "scaling", "Guaranteed QoS for critical pods", "Requests equal limits for CPU and memory, so the pod is the last to be evicted.", {
    appliesTo: DEPLOYED, evidence: ["kubernetes-manifests"], how: "Every container sets requests equal to limits for cpu and memory.",
  }),
  practice("scaling.pod.pdb", "25", "scaling", "PodDisruptionBudget", "A PodDisruptionBudget keeps enough pods running while nodes are drained for scale-in or upgrades.", {
    appliesTo: DEPLOYED, evidence: ["kubernetes-manifests"], how: "A PDB whose selector matches the workload's pods, in the same namespace.",
  }),
  practice("resilience.retry", "25", "resilience", "Retries", "Calls to other services are retried on transient failures, by the mesh or the client.", {
    appliesTo: APPLICATIONS, evidence: ["kubernetes-manifests"], how: "An Istio VirtualService route declares retries.",
  }),
  practice("resilience.timeout", "25", "resilience", "Timeouts", "Calls to other services give up after a bounded time.", {
    appliesTo: APPLICATIONS, evidence: ["kubernetes-manifests"], how: "An Istio VirtualService route declares a timeout.",
  }),
  practice("resilience.circuit-breaker", "25", "resilience", "Circuit breaker", "Failing destinations are taken out of rotation for a while instead of being called again and again.", {
    appliesTo: APPLICATIONS, evidence: ["kubernetes-manifests"], how: "An Istio DestinationRule declares outlierDetection or connection-pool limits.",
  }),

  // 26 — Testing: white box and black box.
  practice("testing.unit", "26", "testing", "Unit tests", "The component's logic is covered by unit tests that run in CI.", {
    appliesTo: ["microservice", "frontend", "bff", "shared-library"], evidence: ["ci-pipeline"], how: "A pipeline step runs the unit test suite.",
  }),
  practice("testing.service", "26", "testing", "Service tests", "The service is tested as a whole, with its collaborators replaced by test doubles.", { appliesTo: APPLICATIONS }),
  practice("testing.contract", "26", "testing", "Consumer-driven contract tests with a shared broker", "Consumers and providers verify their requests and responses against contracts shared through a broker (Pact Broker), not against private mocks.", {
    appliesTo: APPLICATIONS, evidence: ["contract-tests", "ci-pipeline"], how: "Pact files or broker configuration, and a pipeline step that publishes or verifies them.",
  }),
  practice("testing.e2e", "26", "testing", "End-to-end tests", "User journeys are tested across all components in a deployed environment.", {
    appliesTo: ["frontend", "bff"], evidence: ["ci-pipeline"], how: "A pipeline step runs end-to-end tests.",
  }),
  practice("testing.load", "26", "testing", "Load tests", "The service is tested under expected and peak load.", { appliesTo: APPLICATIONS, evidence: ["ci-pipeline"], how: "A pipeline step runs a load test tool." }),
  practice("testing.regression", "26", "testing", "Regression tests", "What worked before is checked again on every release.", { appliesTo: APPLICATIONS }),
  practice("testing.fault-injection", "26", "testing", "Fault injection", "Faults (delays, errors) are injected on purpose to check that the service copes, e.g. with Istio fault injection.", {
    appliesTo: APPLICATIONS, evidence: ["kubernetes-manifests"], how: "An Istio VirtualService declares fault injection in a test environment.",
  }),
  practice("testing.chaos", "26", "testing", "Chaos engineering", "Experiments break parts of the running system on purpose to learn how it behaves.", { appliesTo: APPLICATIONS }),
];

const DECISION_POINTS: TDecisionPoint[] = [
  {
    id: "shared-logic.approach",
    section: "20",
    title: "Sharing common logic",
    question: "How do services share logic that does not depend on the service: a service mesh, a microservice chassis, or both?",
    scope: "organisation",
    alternatives: [
      { id: "service-mesh", title: "Service mesh", description: "The mesh provides retries, timeouts, mTLS and telemetry outside the application." },
      { id: "microservice-chassis", title: "Microservice chassis", description: "Shared libraries and configuration (logging, instrumentation, CI/CD, API tooling, IaC) in shared repositories." },
      { id: "mesh-and-chassis", title: "Service mesh and chassis", description: "The mesh for network concerns, the chassis for what lives in code.", recommended: true },
    ],
  },
  {
    id: "mesh.model",
    section: "20",
    title: "Service mesh model",
    question: "Does the mesh run as a sidecar next to each service, or sidecarless, as node agents and kernel features?",
    scope: "organisation",
    alternatives: [
      { id: "sidecar", title: "Sidecar", description: "A proxy container beside every application container.", recommended: true },
      { id: "sidecarless", title: "Sidecarless (kernel / ambient)", description: "Node-level agents or kernel features provide the mesh; no proxy per pod." },
    ],
  },
  {
    id: "repository.strategy",
    section: "21",
    title: "Repository strategy",
    question: "One repository for all services, or repositories per service?",
    scope: "organisation",
    alternatives: [
      { id: "monorepo", title: "Monorepo", description: "All services in a single repository." },
      { id: "polyrepo", title: "Polyrepo", description: "Separate application, Kubernetes and Terraform repositories per component.", recommended: true },
    ],
  },
  {
    id: "ownership.mode",
    section: "22",
    title: "Code ownership",
    question: "May any team change any component, or does each component belong to one team?",
    scope: "organisation",
    alternatives: [
      { id: "collective", title: "Collective ownership", description: "Every team may change any component freely." },
      { id: "strong", title: "Strong ownership", description: "One team owns each component; others change it through a pull request the owners review.", recommended: true },
    ],
  },
  {
    id: "delivery.model",
    section: "23",
    title: "CI/CD model",
    question: "Does CI push deployments to the cluster (CIOps), or do independent CI and CD pipelines meet in a Git repository (GitOps)?",
    scope: "organisation",
    alternatives: [
      { id: "ciops-monorepo", title: "CIOps, monorepo-based", description: "CI deploys to the cluster from one repository.", discouraged: { reason: "CIOps is an anti-pattern when Kubernetes is the deployment platform: CI needs cluster credentials and the cluster's state is not in Git." } },
      { id: "ciops-polyrepo", title: "CIOps, polyrepo-based", description: "Each repository's CI deploys to the cluster.", discouraged: { reason: "CIOps is an anti-pattern when Kubernetes is the deployment platform: CI needs cluster credentials and the cluster's state is not in Git." } },
      { id: "gitops-monorepo", title: "GitOps, monorepo-based", description: "CI updates manifests in one repository; a GitOps controller deploys them." },
      { id: "gitops-polyrepo", title: "GitOps, polyrepo-based", description: "Each application repository's CI updates its Kubernetes repository; ArgoCD deploys each automatically.", recommended: true },
    ],
  },
  {
    id: "deployment.pattern",
    section: "24",
    title: "Deployment pattern",
    question: "What does a service instance run on?",
    scope: "organisation",
    alternatives: [
      { id: "serverless", title: "Serverless platform", description: "PaaS or FaaS (e.g. AWS Beanstalk, AWS Lambda) runs the services.", discouraged: { reason: "Serverless functions blur the line between application and infrastructure; the platform's owners become a bottleneck as the organisation grows, cancelling what microservices are for." } },
      { id: "multiple-per-host", title: "Multiple services per host", description: "Several kinds of service share a physical machine, VM or container host." },
      { id: "per-vm", title: "Service instance per VM", description: "Each VM runs one service, baked into its machine image." },
      { id: "per-container", title: "Service instance per container", description: "Each container runs one service, scheduled by Kubernetes (e.g. EKS).", recommended: true },
    ],
  },
];

/** The practice catalogue of sections 20–26. Bump `version` when items are added, changed or retired. */
export const PRACTICE_CATALOGUE: TPracticeCatalogue = {
  version: 1,
  items: ITEMS,
  decisionPoints: DECISION_POINTS,
  retiredItemIds: [],
};
