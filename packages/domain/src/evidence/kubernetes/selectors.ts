import { isRecord, stringRecord } from "./objects.ts";

interface TRequirement {
  key: string;
  operator: string;
  values: readonly string[];
}

/** A label selector as Kubernetes reads it: every matchLabels entry and every matchExpressions requirement must hold. */
export interface TLabelSelector {
  matchLabels: Readonly<Record<string, string>>;
  requirements: readonly TRequirement[];
}

/**
 * The selector of a LabelSelector field (PodDisruptionBudget, workload); undefined when the field is
 * missing, which selects nothing. An empty selector `{}` selects every pod of the namespace.
 */
export function labelSelectorOf(value: unknown): TLabelSelector | undefined {
  if (!isRecord(value)) return undefined;
  const expressions = Array.isArray(value["matchExpressions"]) ? value["matchExpressions"] : [];
  return {
    matchLabels: stringRecord(value["matchLabels"]),
    requirements: expressions.filter(isRecord).map((expression) => ({
      key: String(expression["key"] ?? ""),
      operator: String(expression["operator"] ?? ""),
      values: Array.isArray(expression["values"]) ? expression["values"].map(String) : [],
    })),
  };
}

/** A Service's selector: a plain label map; an empty or missing one selects nothing (the Service has manual endpoints). */
export function serviceSelectorOf(value: unknown): TLabelSelector | undefined {
  const matchLabels = stringRecord(value);
  return Object.keys(matchLabels).length > 0 ? { matchLabels, requirements: [] } : undefined;
}

export function selects(selector: TLabelSelector, labels: Readonly<Record<string, string>>): boolean {
  for (const [key, value] of Object.entries(selector.matchLabels)) if (labels[key] !== value) return false;
  return selector.requirements.every((requirement) => meets(requirement, labels));
}

function meets({ key, operator, values }: TRequirement, labels: Readonly<Record<string, string>>): boolean {
  const value = labels[key];
  switch (operator) {
    case "In":
      return value !== undefined && values.includes(value);
    case "NotIn":
      return value === undefined || !values.includes(value);
    case "Exists":
      return value !== undefined;
    case "DoesNotExist":
      return value === undefined;
    default:
      // An unknown operator is rejected by the API server; it selects nothing here.
      return false;
  }
}
