import type { TComponentKind } from "../catalog/component.ts";

/** The article sections the practice catalogue is made of. */
export const PRACTICE_SECTIONS = {
  "20": "Shared logic",
  "21": "Repository strategy",
  "22": "Organisation",
  "23": "CI/CD",
  "24": "Deployment",
  "25": "Scaling and resilience",
  "26": "Testing",
} as const;
export type TPracticeSection = keyof typeof PRACTICE_SECTIONS;

export const PRACTICE_CATEGORIES = [
  "configuration",
  "service-mesh",
  "chassis",
  "repositories",
  "ownership",
  "organisation",
  "delivery",
  "pipeline",
  "deployment",
  "probes",
  "shutdown",
  "scaling",
  "resilience",
  "testing",
] as const;
export type TPracticeCategory = (typeof PRACTICE_CATEGORIES)[number];

/** The level a practice is judged at: one answer per organisation, team, context, component or namespace. */
export const PRACTICE_SCOPES = ["organisation", "team", "bounded-context", "component", "namespace"] as const;
export type TPracticeScope = (typeof PRACTICE_SCOPES)[number];

/** Where a machine finds proof; the evidence readers produce facts of these kinds. */
export const EVIDENCE_KINDS = [
  "kubernetes-manifests",
  "namespace-labels",
  "argocd",
  "helmfile",
  "sops",
  "codeowners",
  "ci-pipeline",
  "contract-tests",
  "catalog",
] as const;
export type TEvidenceKind = (typeof EVIDENCE_KINDS)[number];

export type TVerification =
  | { by: "evidence"; evidence: readonly TEvidenceKind[]; how: string }
  /** Only a person can tell (a review, an agreement, a process). */
  | { by: "person" };

export interface TPracticeItem {
  /** Stable across catalogue versions; answers point at it. */
  id: string;
  section: TPracticeSection;
  category: TPracticeCategory;
  title: string;
  description: string;
  /** Component kinds asked about it; "all" for every kind. Only meaningful at component scope. */
  appliesTo: readonly TComponentKind[] | "all";
  scope: TPracticeScope;
  verification: TVerification;
  /** The decision point whose alternatives this practice follows from, if any. */
  decisionPointId?: string;
}

export interface TDecisionAlternative {
  id: string;
  title: string;
  description: string;
  /** The article's choice for its example organisation. */
  recommended?: boolean;
  /** Set when the article calls the alternative an anti-pattern or advises against it. */
  discouraged?: { reason: string };
}

/** A mind-map root of the article: a question with alternatives that a scope chooses between. */
export interface TDecisionPoint {
  id: string;
  section: TPracticeSection;
  title: string;
  question: string;
  /** The broadest scope that decides; narrower scopes may override. */
  scope: TPracticeScope;
  alternatives: readonly TDecisionAlternative[];
}

export interface TPracticeCatalogue {
  version: number;
  items: readonly TPracticeItem[];
  decisionPoints: readonly TDecisionPoint[];
  /** Items of earlier versions no longer asked; answers to them are kept and shown as retired. */
  retiredItemIds: readonly string[];
}

/** Whether an item is asked of a component of the given kind. */
export function practiceAppliesTo(item: TPracticeItem, kind: TComponentKind): boolean {
  return item.appliesTo === "all" || item.appliesTo.includes(kind);
}
