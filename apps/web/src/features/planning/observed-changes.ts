/**
 * A change whose step is `changed` carries what it read from the catalog when it was drafted and what
 * it reads now (the domain's `observe`, as JSON). These helpers say which parts differ, in words.
 */
const PART_LABELS: Record<string, string> = {
  exists: "A team with this slug exists",
  team: "The team",
  components: "Components it owns",
  areas: "Solution areas it answers for",
  interactions: "Its interactions",
  into: "The team it goes into",
  item: "Who holds the item",
  to: "The receiving team exists",
  from: "The giving team exists",
  override: "The component's own ownership mode",
  interaction: "The interaction between the two teams",
  teams: "Both teams exist",
};

const isPair = (value: unknown): value is [string, unknown] => Array.isArray(value) && value.length === 2 && typeof value[0] === "string" && Array.isArray(value[1]);

/** A value read from the catalog, compactly: owner pairs as "b-service (team-b)", lists with commas, "none" for nothing. */
export function describeObserved(value: unknown): string {
  if (value === null || value === undefined) return "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value !== "object") return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return "none";
    if (value.every(isPair)) return value.map(([name, list]) => `${name} (${describeObserved(list)})`).join("; ");
    return value.map(describeObserved).join(", ");
  }
  return Object.entries(value)
    .map(([key, part]) => `${key}: ${describeObserved(part)}`)
    .join("; ");
}

export interface TObservedChange {
  label: string;
  drafted: string;
  now: string;
}

/** The parts of the catalog a change read that are different now. */
export function observedChanges(drafted: string, now: string): TObservedChange[] {
  const parse = (text: string): Record<string, unknown> => {
    try {
      const value: unknown = JSON.parse(text);
      return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
    } catch {
      return { value: text };
    }
  };
  const before = parse(drafted);
  const after = parse(now);
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => ({ label: PART_LABELS[key] ?? key, drafted: describeObserved(before[key]), now: describeObserved(after[key]) }));
}
