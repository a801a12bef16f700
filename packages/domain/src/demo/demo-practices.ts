import type { TAnswerStatus, TChecklistScope } from "../practices/checklist.ts";

export interface TDemoAnswer {
  scope: TChecklistScope;
  itemId: string;
  status: TAnswerStatus;
  note?: string;
  evidenceLinks?: string[];
  answeredBy: string;
}

export interface TDemoDecision {
  scope: TChecklistScope;
  decisionPointId: string;
  alternativeId: string;
  rationale: string;
  decidedBy: string;
}

const component = (slug: string) => ({ kind: "component" as const, slug });
const repo = (name: string, file: string, line: number) => `https://github.com/example-org/${name}/blob/main/${file}#L${line}`;

/** Answers for many items of one checklist, by the same person. */
const answers = (scope: TChecklistScope, answeredBy: string, statuses: Record<string, TAnswerStatus | [TAnswerStatus, string]>): TDemoAnswer[] =>
  Object.entries(statuses).map(([itemId, value]) => {
    const [status, note] = Array.isArray(value) ? value : [value, ""];
    return { scope, itemId, status, note, answeredBy };
  });

/**
 * Checklist answers for the demo organisation: a-service is exemplary, b-service has gaps, the
 * client UI and SRE components are part-way, and organisation-wide answers show on every checklist.
 */
export const DEMO_ANSWERS: TDemoAnswer[] = [
  ...answers({ kind: "organisation" }, "Mai Fujita", {
    "scaling.pod.metrics-server": "adopted",
    "scaling.node.karpenter-managed-node-group": "adopted",
    "scaling.node.graceful-shutdown": ["partial", "Karpenter nodes drain gracefully; the managed node group still needs a user-data hook."],
    "scaling.pod.descheduler": "not-adopted",
    "org.client-ui-teams": "adopted",
    "org.sre-team-cross-cutting": "adopted",
    "chassis.rpc-api.shared-definitions": "adopted",
    "chassis.rest-api.shared-tooling": ["not-applicable", "Service APIs are gRPC; the only REST API is the BFF's, generated from the same proto files."],
    "chassis.iac.shared-modules": ["partial", "Network and database modules are shared; cache modules are still copied."],
  }),
  ...answers({ kind: "team", slug: "team-a" }, "Aiko Sato", { "chassis.cd.shared-config": "adopted" }),
  ...answers({ kind: "team", slug: "team-b" }, "Daichi Kato", { "chassis.cd.shared-config": ["partial", "Parent Application exists; staging is still synced by hand."] }),
  ...answers({ kind: "bounded-context", slug: "context-a" }, "Aiko Sato", { "org.team-per-bounded-context": "adopted" }),
  ...answers(component("a-service"), "Aiko Sato", {
    "config.public.configmap": "adopted",
    "config.private.secret-sops": "adopted",
    "chassis.logging.common-fields": "adopted",
    "chassis.instrumentation.common-span-attributes": "adopted",
    "deploy.workload.rolling-update": "adopted",
    "deploy.workload.zone-spread": "adopted",
    "deploy.probes.startup": "adopted",
    "deploy.probes.liveness": "adopted",
    "deploy.probes.readiness": "adopted",
    "deploy.probes.endpoints": "adopted",
    "deploy.image-pull-policy.if-not-present": "adopted",
    "deploy.shutdown.prestop-wait": "adopted",
    "deploy.shutdown.bounded-grace-period": "adopted",
    "scaling.pod.desired-count": "adopted",
    "scaling.pod.hpa": "adopted",
    "scaling.pod.pdb": "adopted",
    "scaling.pod.guaranteed-qos": "adopted",
    "resilience.retry": "adopted",
    "resilience.timeout": "adopted",
    "resilience.circuit-breaker": "partial",
    "delivery.microservice.db-migration-before-deploy": "adopted",
    "delivery.microservice.load-test": "adopted",
    "testing.unit": "adopted",
    "testing.contract": "adopted",
    "testing.service": "adopted",
    "testing.load": "adopted",
    "testing.regression": ["partial", "Regression suite covers the order flows; refunds are still manual."],
    "deploy.service-per-container": "adopted",
    "scaling.node.dedicated-labelled-nodes": "adopted",
    "config.private.cloud-secrets-kms": "adopted",
    "delivery.gitops.no-ciops": "adopted",
    "delivery.gitops.ci-updates-kubernetes-repository": "adopted",
    "delivery.stage.build": "adopted",
    "delivery.stage.unit-test": "adopted",
    "delivery.stage.test-deploy": "adopted",
    "delivery.stage.staging-deploy": "adopted",
    "delivery.stage.approval": "adopted",
    "delivery.stage.production-deploy": "adopted",
    "delivery.stage.e2e": "adopted",
    "delivery.stage.load-regression": ["partial", "Load tests run nightly, not on every release."],
    "chassis.ci.shared-config": "adopted",
  }),
  ...answers(component("b-service"), "Daichi Kato", {
    "config.public.configmap": "adopted",
    "config.private.secret-sops": ["not-adopted", "Database password is still a plain Secret committed to b-service-kubernetes."],
    "deploy.workload.rolling-update": "adopted",
    "deploy.probes.readiness": "adopted",
    "deploy.probes.liveness": "not-adopted",
    "deploy.probes.startup": "not-adopted",
    "deploy.shutdown.prestop-wait": "not-adopted",
    "scaling.pod.hpa": ["partial", "HPA exists but minReplicas is 1."],
    "scaling.pod.pdb": "not-adopted",
    "testing.unit": "adopted",
    "testing.contract": ["not-adopted", "Consumers mock B privately; no broker yet."],
    "delivery.gitops.no-ciops": "adopted",
    "delivery.stage.build": "adopted",
    "delivery.stage.unit-test": "adopted",
    "delivery.stage.test-deploy": "adopted",
  }),
  ...answers(component("x-service"), "Fumi Ueda", {
    "deploy.probes.readiness": "adopted",
    "deploy.probes.liveness": "adopted",
    "deploy.probes.startup": "partial",
    "scaling.pod.pdb": "adopted",
    "resilience.timeout": "adopted",
    "resilience.retry": "not-adopted",
    "testing.contract": "partial",
    "testing.unit": "adopted",
    "scaling.pod.desired-count": "adopted",
    "delivery.gitops.no-ciops": "adopted",
    "delivery.stage.build": "adopted",
    "delivery.stage.unit-test": "adopted",
    "delivery.gitops.ci-updates-kubernetes-repository": "adopted",
    "delivery.stage.test-deploy": "adopted",
    "delivery.stage.staging-deploy": "adopted",
    "delivery.stage.approval": "adopted",
    "delivery.stage.production-deploy": "adopted",
    "delivery.microservice.db-migration-before-deploy": "not-adopted",
  }),
  ...answers(component("x-frontend"), "Ichiro Sakai", {
    "delivery.frontend.cdn-purge": "adopted",
    "delivery.frontend.browser-e2e": ["partial", "Playwright covers sign-in and checkout only."],
    "deploy.probes.readiness": "adopted",
    "deploy.probes.liveness": "adopted",
    "testing.unit": "adopted",
    "delivery.gitops.no-ciops": "adopted",
    "delivery.stage.build": "adopted",
    "delivery.stage.unit-test": "adopted",
  }),
  ...answers(component("x-bff"), "Kaori Endo", { "delivery.bff.instrumentation-in-image": "adopted", "deploy.probes.readiness": "adopted", "resilience.timeout": "partial" }),
  ...answers(component("istio-control-plane"), "Mai Fujita", {
    "delivery.sre-tool.kubernetes-pipelines-only": "adopted",
    "scaling.pod.pdb": "adopted",
    "deploy.workload.zone-spread": "adopted",
    "deploy.probes.readiness": "adopted",
    "deploy.probes.liveness": "adopted",
    "scaling.pod.desired-count": "adopted",
  }),
  ...answers({ kind: "namespace", slug: "prd-istio-system" }, "Mai Fujita", { "delivery.manual-deploy-only-control-plane": "adopted" }),
  ...answers({ kind: "namespace", slug: "prd-a-service" }, "Aiko Sato", { "delivery.gitops.cd-auto-sync": "adopted", "mesh.namespace-in-mesh": "adopted" }),
  ...answers({ kind: "namespace", slug: "prd-x-infra" }, "Mai Fujita", { "mesh.namespace-in-mesh": ["not-applicable", "Observability collectors run outside the mesh on purpose."] }),
].map((answer) =>
  answer.scope.kind === "component" && answer.scope.slug === "a-service" && answer.itemId === "deploy.probes.readiness"
    ? { ...answer, evidenceLinks: [repo("a-service-kubernetes", "deployment.yaml", 42)] }
    : answer,
);

/** The article's own choices, recorded as the organisation's decisions. */
export const DEMO_DECISIONS: TDemoDecision[] = [
  { scope: { kind: "organisation" }, decisionPointId: "shared-logic.approach", alternativeId: "mesh-and-chassis", rationale: "Istio for network concerns; shared logging, instrumentation, CI and CD configuration for what lives in code.", decidedBy: "Architecture group" },
  { scope: { kind: "organisation" }, decisionPointId: "mesh.model", alternativeId: "sidecar", rationale: "Istio sidecars are what the teams know; revisit ambient mode when it is stable for our workloads.", decidedBy: "SRE team" },
  { scope: { kind: "organisation" }, decisionPointId: "delivery.model", alternativeId: "gitops-polyrepo", rationale: "CI and CD stay independent; ArgoCD deploys from each Kubernetes repository. CIOps is an anti-pattern on Kubernetes.", decidedBy: "Architecture group" },
  { scope: { kind: "organisation" }, decisionPointId: "deployment.pattern", alternativeId: "per-container", rationale: "One service per container on EKS. Lambda would blur application and infrastructure responsibilities.", decidedBy: "Architecture group" },
];
