import type { TComponentKind } from "../catalog/component.ts";
import type { TOwnershipMode } from "../catalog/organisation.ts";
import type { TFactValue, TScoredKind } from "../scorecards/facts.ts";
import type { TFinding } from "./finding.ts";
import { practiceAskedOf, type TPracticeAsked } from "./practice-asked.ts";

/** A team that owns a component, as CODEOWNERS may name it: by its slug, or by its members' emails. */
export interface TOwningTeam {
  slug: string;
  memberEmails: readonly string[];
}

/** Who owns a component in the catalog: its teams and the ownership mode in effect for it. */
export interface TComponentOwnership {
  component: string;
  mode: TOwnershipMode;
  teams: readonly TOwningTeam[];
}

/** What a scan knows of the catalog to attribute findings and to compare the repository with. */
export interface TAttributionCatalog {
  /** The component the whole scan is about (its repositories), when the caller says so. */
  component?: string;
  /** Component slug → kind: practices not asked of a kind (browser E2E of a microservice) make no fact for it. */
  componentKinds: ReadonlyMap<string, TComponentKind>;
  /** Kubernetes namespace name → catalog namespace slugs (one per cluster that has it). */
  namespacesByName: ReadonlyMap<string, readonly string[]>;
  /** Component slug → the Kubernetes names of the namespaces the catalog deploys it into (its Deployments). */
  namespaceNamesByComponent: ReadonlyMap<string, readonly string[]>;
  /** The owners of the scan's component, when the scan names one. */
  componentOwnership?: TComponentOwnership;
}

export type TSubject = { kind: TScoredKind; slug: string };

/**
 * The catalog entities a finding is evidence about: a Namespace object's findings belong to the
 * catalog namespaces of that name; anything else to the scan's component, or else to the component
 * whose slug is the object's name (a Deployment named like its component), and also to the
 * namespaces the object deploys into (an ArgoCD Application's destination). None is fine: the
 * finding stays in the scan without becoming a fact.
 */
export function subjectsOf(finding: TFinding, catalog: TAttributionCatalog): TSubject[] {
  const namespaces = (name: string): TSubject[] => (catalog.namespacesByName.get(name) ?? []).map((slug) => ({ kind: "namespace", slug }));
  if (finding.object.kind === "Namespace") return namespaces(finding.object.name);
  const component = catalog.component ?? (catalog.componentKinds.has(finding.object.name) ? finding.object.name : undefined);
  return [...(component ? [{ kind: "component" as const, slug: component }] : []), ...(finding.destinationNamespace ? namespaces(finding.destinationNamespace) : [])];
}

function askedOf(practiceId: string, subject: TSubject, catalog: TAttributionCatalog): TPracticeAsked {
  return subject.kind === "component" ? practiceAskedOf(practiceId, { slug: subject.slug, kind: catalog.componentKinds.get(subject.slug) }) : { asked: true };
}

/**
 * Whether a finding counts as evidence: it does when its practice is asked of one of its subjects,
 * or when it has none. Findings that do not count stay in the scan, apart from its pass/fail counts.
 */
export function findingAsked(finding: TFinding, catalog: TAttributionCatalog): TPracticeAsked {
  const verdicts = subjectsOf(finding, catalog).map((subject) => askedOf(finding.practiceId, subject, catalog));
  return verdicts.find((verdict) => verdict.asked) ?? verdicts[0] ?? { asked: true };
}

export interface TDerivedFact {
  subject: TSubject;
  key: string;
  value: TFactValue;
  message: string;
  file: string;
  line: number;
}

/**
 * One fact per entity and practice: false when any finding fails (citing the first failure), true
 * when findings pass and none fails. Warnings alone prove nothing either way, so they make no fact;
 * nor do findings about practices the entity's kind is not asked (they stay in the scan).
 */
export function factsFromFindings(findings: readonly TFinding[], catalog: TAttributionCatalog): TDerivedFact[] {
  const facts = new Map<string, TDerivedFact>();
  for (const finding of findings) {
    if (finding.status === "warn") continue;
    for (const subject of subjectsOf(finding, catalog).filter((s) => askedOf(finding.practiceId, s, catalog).asked)) {
      const key = `${subject.kind}:${subject.slug}:${finding.practiceId}`;
      const existing = facts.get(key);
      if (existing && (existing.value === false || finding.status === "pass")) continue;
      facts.set(key, { subject, key: finding.practiceId, value: finding.status === "pass", message: finding.message, file: finding.file, line: finding.line });
    }
  }
  return [...facts.values()];
}
