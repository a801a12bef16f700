import type { TFinding, TFindingStatus } from "./evidence-types.ts";

export const FINDING_STATUSES: readonly TFindingStatus[] = ["fail", "warn", "pass"];

export type TStatusCounts = Record<TFindingStatus, number>;

export interface TFindingGroup {
  key: string;
  findings: TFinding[];
  /** Counts of the findings that count as evidence. */
  counts: TStatusCounts;
}

const RANK: Record<string, number> = { fail: 0, warn: 1, pass: 2 };

/** The findings that count as evidence: not those about practices not asked of their component's kind. */
export function askedOnly<T extends Pick<TFinding, "asked">>(findings: readonly T[]): T[] {
  return findings.filter((finding) => finding.asked);
}

export function countStatuses(findings: readonly Pick<TFinding, "status">[]): TStatusCounts {
  const counts: TStatusCounts = { fail: 0, warn: 0, pass: 0 };
  for (const finding of findings) if (finding.status in counts) counts[finding.status as TFindingStatus] += 1;
  return counts;
}

/** "Deployment b-service/b-service", "Namespace b-service", "File .github/CODEOWNERS". */
export function objectLabel(object: TFinding["object"]): string {
  return `${object.kind} ${object.namespace ? `${object.namespace}/` : ""}${object.name}`;
}

/** "deployment.yaml:24": where a finding's proof is. */
export function findingLocation(finding: Pick<TFinding, "file" | "line">): string {
  return finding.line > 0 ? `${finding.file}:${finding.line}` : finding.file;
}

/** Findings that count as evidence first; then failures, warnings, passes; in file order within each. */
function byStatusThenPlace(a: TFinding, b: TFinding): number {
  return Number(!a.asked) - Number(!b.asked) || (RANK[a.status] ?? 3) - (RANK[b.status] ?? 3) || a.file.localeCompare(b.file) || a.line - b.line || a.checkId.localeCompare(b.checkId);
}

function group(findings: readonly TFinding[], keyOf: (finding: TFinding) => string): TFindingGroup[] {
  const groups = new Map<string, TFinding[]>();
  for (const finding of findings) {
    const key = keyOf(finding);
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  return [...groups].map(([key, members]) => ({ key, findings: [...members].sort(byStatusThenPlace), counts: countStatuses(askedOnly(members)) }));
}

/** Groups with a failure first, then those with a warning, then the rest; ties keep the given order. */
function worstFirst(groups: TFindingGroup[]): TFindingGroup[] {
  const rank = (g: TFindingGroup) => (g.counts.fail > 0 ? 0 : g.counts.warn > 0 ? 1 : 2);
  return groups.map((g, index) => ({ g, index })).sort((a, b) => rank(a.g) - rank(b.g) || a.index - b.index).map(({ g }) => g);
}

/** One group per Kubernetes object or repository file, in the order the files were read. */
export function groupByObject(findings: readonly TFinding[]): TFindingGroup[] {
  return group(findings, (finding) => objectLabel(finding.object));
}

/**
 * One group per practice, in catalogue order (practices the catalogue does not know last, by id),
 * the ones with failures first.
 */
export function groupByPractice(findings: readonly TFinding[], catalogueOrder: readonly string[] = []): TFindingGroup[] {
  const position = new Map(catalogueOrder.map((id, index) => [id, index]));
  const groups = group(findings, (finding) => finding.practiceId).sort(
    (a, b) => (position.get(a.key) ?? Number.MAX_SAFE_INTEGER) - (position.get(b.key) ?? Number.MAX_SAFE_INTEGER) || a.key.localeCompare(b.key),
  );
  return worstFirst(groups);
}

/** The statuses a URL asks to show ("fail,warn"); all of them when it names none that exist. */
export function readStatusFilter(value: string | null): TFindingStatus[] {
  const asked = (value ?? "").split(",").filter((status): status is TFindingStatus => (FINDING_STATUSES as readonly string[]).includes(status));
  return asked.length > 0 ? FINDING_STATUSES.filter((status) => asked.includes(status)) : [...FINDING_STATUSES];
}

/** The URL value for a set of statuses: empty when all are shown. */
export function writeStatusFilter(statuses: readonly TFindingStatus[]): string {
  return statuses.length === FINDING_STATUSES.length || statuses.length === 0 ? "" : FINDING_STATUSES.filter((status) => statuses.includes(status)).join(",");
}
