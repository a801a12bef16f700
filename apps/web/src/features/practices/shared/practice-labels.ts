import {
  COMPONENT_KIND_LABELS,
  PRACTICE_SECTIONS,
  type TEvidenceKind,
  type TPracticeCategory,
  type TPracticeScope,
} from "@topograph/domain";
import { labelOf } from "../../../lib/labels.ts";

/** The words the UI uses for the practice catalogue's vocabularies. */

export const SCOPE_LABELS: Record<TPracticeScope, string> = {
  organisation: "Organisation",
  team: "Team",
  "bounded-context": "Bounded context",
  component: "Component",
  namespace: "Namespace",
};

/** How often a practice is judged: once per organisation, per team… */
export const SCOPE_JUDGED_LABELS: Record<TPracticeScope, string> = {
  organisation: "Once for the organisation",
  team: "Per team",
  "bounded-context": "Per bounded context",
  component: "Per component",
  namespace: "Per namespace",
};

export const CATEGORY_LABELS: Record<TPracticeCategory, string> = {
  configuration: "Configuration",
  "service-mesh": "Service mesh",
  chassis: "Microservice chassis",
  repositories: "Repositories",
  ownership: "Ownership",
  organisation: "Organisation",
  delivery: "Delivery model",
  pipeline: "Pipeline",
  deployment: "Deployment",
  probes: "Probes",
  shutdown: "Shutdown",
  scaling: "Scaling",
  resilience: "Resilience",
  testing: "Testing",
};

export const EVIDENCE_KIND_LABELS: Record<TEvidenceKind, string> = {
  "kubernetes-manifests": "Kubernetes manifests",
  "namespace-labels": "Namespace labels",
  argocd: "ArgoCD",
  helmfile: "Helmfile",
  sops: "SOPS",
  codeowners: "CODEOWNERS",
  "ci-pipeline": "CI pipeline",
  "contract-tests": "Contract tests",
  catalog: "Catalog",
};

/** "24 Deployment": the article's section number and title. */
export function sectionTitle(section: string): string {
  return `${section} ${labelOf(PRACTICE_SECTIONS, section)}`;
}

/** Which component kinds are asked about an item; only component-scoped items depend on the kind. */
export function appliesToText(item: { scope: string; appliesTo: readonly string[] | "all" }): string {
  if (item.scope !== "component") return SCOPE_JUDGED_LABELS[item.scope as TPracticeScope] ?? item.scope;
  if (item.appliesTo === "all") return "Every component kind";
  return item.appliesTo.map((kind) => labelOf(COMPONENT_KIND_LABELS, kind)).join(", ");
}
