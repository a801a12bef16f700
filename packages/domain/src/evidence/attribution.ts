import type { TComponentKind } from "../catalog/component.ts";
import { PRACTICE_CATALOGUE } from "../practices/catalogue.ts";
import { practiceAppliesTo } from "../practices/practice.ts";
import type { TFactValue, TScoredKind } from "../scorecards/facts.ts";
import type { TFinding } from "./finding.ts";

/** What a scan knows of the catalog to attribute findings: components with their kinds, and namespaces by Kubernetes name. */
export interface TAttributionCatalog {
  /** The component the whole scan is about (its repositories), when the caller says so. */
  component?: string;
  /** Component slug → kind: practices not asked of a kind (browser E2E of a microservice) make no fact for it. */
  componentKinds: ReadonlyMap<string, TComponentKind>;
  /** Kubernetes namespace name → catalog namespace slugs (one per cluster that has it). */
  namespacesByName: ReadonlyMap<string, readonly string[]>;
}

export type TSubject = { kind: TScoredKind; slug: string };

/**
 * The catalog entities a finding is evidence about: a Namespace object's findings belong to the
 * catalog namespaces of that name; anything else to the scan's component, or else to the component
 * whose slug is the object's name (a Deployment named like its component). None is fine: the finding
 * stays in the scan without becoming a fact.
 */
export function subjectsOf(finding: TFinding, catalog: TAttributionCatalog): TSubject[] {
  if (finding.object.kind === "Namespace") return (catalog.namespacesByName.get(finding.object.name) ?? []).map((slug) => ({ kind: "namespace", slug }));
  if (catalog.component) return [{ kind: "component", slug: catalog.component }];
  return catalog.componentKinds.has(finding.object.name) ? [{ kind: "component", slug: finding.object.name }] : [];
}

export interface TDerivedFact {
  subject: TSubject;
  key: string;
  value: TFactValue;
  message: string;
  file: string;
  line: number;
}

const practices = new Map(PRACTICE_CATALOGUE.items.map((item) => [item.id, item]));

/** Whether the practice is asked of the entity: a component-scope practice only of the kinds it applies to. */
function askedOf(practiceId: string, subject: TSubject, catalog: TAttributionCatalog): boolean {
  const item = practices.get(practiceId);
  const kind = subject.kind === "component" ? catalog.componentKinds.get(subject.slug) : undefined;
  return !item || item.scope !== "component" || kind === undefined || practiceAppliesTo(item, kind);
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
    for (const subject of subjectsOf(finding, catalog).filter((s) => askedOf(finding.practiceId, s, catalog))) {
      const key = `${subject.kind}:${subject.slug}:${finding.practiceId}`;
      const existing = facts.get(key);
      if (existing && (existing.value === false || finding.status === "pass")) continue;
      facts.set(key, { subject, key: finding.practiceId, value: finding.status === "pass", message: finding.message, file: finding.file, line: finding.line });
    }
  }
  return [...facts.values()];
}
