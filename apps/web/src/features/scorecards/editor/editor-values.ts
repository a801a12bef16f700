import { DEFAULT_LADDER, slugify, type TScoredKind } from "@topograph/domain";
import type { TReferenceOption } from "../../../ui/form/reference-option.ts";
import type { TScorecard } from "../shared/scorecard-types.ts";

/** Drafts carry a key of their own, so moving a row up keeps its inputs (and focus) with it. */
export interface TLevelDraft {
  key: string;
  name: string;
  color: string;
}

export interface TRuleDraft {
  key: string;
  id: string;
  title: string;
  level: string;
  category: string;
  /** As typed; the server says when it is not a whole number from 1 to 100. */
  weight: string;
  practiceId: string;
  expression: string;
  failureMessage: string;
  remediation: string;
}

export interface TFilterDraft {
  teams: TReferenceOption[];
  boundedContexts: TReferenceOption[];
  componentKinds: string[];
  lifecycles: string[];
  /** One `key=value` per line. */
  labels: string;
  teamTypes: string[];
  environments: string[];
}

export interface TEditorValues {
  slug: string;
  name: string;
  description: string;
  /** Team slug; empty for none. */
  ownerTeam: string;
  entityKind: TScoredKind;
  filter: TFilterDraft;
  ladder: TLevelDraft[];
  rules: TRuleDraft[];
}

export type TFilterField = keyof TFilterDraft;

/** The filter fields each kind of scorecard may use (the server refuses the others). */
export const FILTER_FIELDS: Record<TScoredKind, readonly TFilterField[]> = {
  component: ["teams", "boundedContexts", "componentKinds", "lifecycles", "labels"],
  team: ["teams", "boundedContexts", "teamTypes"],
  "bounded-context": ["teams", "boundedContexts"],
  namespace: ["teams", "boundedContexts", "environments"],
};

let nextKey = 0;
export const draftKey = () => `draft-${(nextKey += 1)}`;

export function emptyRule(level: string): TRuleDraft {
  return { key: draftKey(), id: "", title: "", level, category: "", weight: "1", practiceId: "", expression: "", failureMessage: "", remediation: "" };
}

export function emptyValues(): TEditorValues {
  return {
    slug: "",
    name: "",
    description: "",
    ownerTeam: "",
    entityKind: "component",
    filter: { ...EMPTY_FILTER },
    ladder: DEFAULT_LADDER.map((level) => ({ key: draftKey(), name: level.name, color: level.color })),
    rules: [],
  };
}

type TStoredFilter = TScorecard["definition"]["filter"];

/** The draft of a stored filter (a scorecard's or an initiative's). */
export function filterToDraft(filter: TStoredFilter): TFilterDraft {
  const asOptions = (slugs: readonly string[] | undefined) => (slugs ?? []).map((slug) => ({ value: slug, label: slug }));
  return {
    teams: asOptions(filter.teams),
    boundedContexts: asOptions(filter.boundedContexts),
    componentKinds: [...(filter.componentKinds ?? [])],
    lifecycles: [...(filter.lifecycles ?? [])],
    labels: formatLabels(filter.labels ?? {}),
    teamTypes: [...(filter.teamTypes ?? [])],
    environments: [...(filter.environments ?? [])],
  };
}

export const EMPTY_FILTER: TFilterDraft = { teams: [], boundedContexts: [], componentKinds: [], lifecycles: [], labels: "", teamTypes: [], environments: [] };

/** The filter input a draft stands for: only the fields the kind allows, and only those set. */
export function filterToInput(kind: TScoredKind, filter: TFilterDraft) {
  const allowed = new Set(FILTER_FIELDS[kind]);
  const list = (field: TFilterField, items: string[]) => (allowed.has(field) && items.length > 0 ? { [field]: items } : {});
  const { labels } = parseLabels(filter.labels);
  return {
    ...list("teams", filter.teams.map((team) => team.value)),
    ...list("boundedContexts", filter.boundedContexts.map((context) => context.value)),
    ...list("componentKinds", filter.componentKinds),
    ...list("lifecycles", filter.lifecycles),
    ...(allowed.has("labels") && Object.keys(labels).length > 0 ? { labels } : {}),
    ...list("teamTypes", filter.teamTypes),
    ...list("environments", filter.environments),
  } as TStoredFilter;
}

/** The editor's values for a stored scorecard. */
export function toValues(scorecard: Pick<TScorecard, "definition">): TEditorValues {
  const { definition } = scorecard;
  return {
    slug: definition.slug,
    name: definition.name,
    description: definition.description,
    ownerTeam: definition.ownerTeam ?? "",
    entityKind: definition.entityKind,
    filter: filterToDraft(definition.filter),
    ladder: definition.ladder.map((level) => ({ key: draftKey(), name: level.name, color: level.color })),
    rules: definition.rules.map((rule) => ({
      key: draftKey(),
      id: rule.id,
      title: rule.title,
      level: rule.level,
      category: rule.category,
      weight: String(rule.weight),
      practiceId: rule.practiceId ?? "",
      expression: rule.expression,
      failureMessage: rule.failureMessage,
      remediation: rule.remediation,
    })),
  };
}

export function formatLabels(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([key, value]) => `${key}=${value}`)
    .join("\n");
}

/** Reads `key=value` lines (blank lines ignored); lines without `=` or a key are returned as invalid. */
export function parseLabels(text: string): { labels: Record<string, string>; invalid: string[] } {
  const labels: Record<string, string> = {};
  const invalid: string[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    const at = line.indexOf("=");
    const key = at > 0 ? line.slice(0, at).trim() : "";
    if (!key) invalid.push(line);
    else labels[key] = line.slice(at + 1).trim();
  }
  return { labels, invalid };
}

/** The upsert input the values stand for. */
export function toInput(values: TEditorValues, version: number | undefined) {
  return {
    slug: values.slug.trim() || slugify(values.name),
    name: values.name,
    description: values.description,
    ownerTeam: values.ownerTeam || null,
    entityKind: values.entityKind,
    filter: filterToInput(values.entityKind, values.filter),
    ladder: values.ladder.map(({ name, color }) => ({ name, color })),
    rules: values.rules.map((rule) => ({
      id: rule.id,
      title: rule.title,
      level: rule.level,
      category: rule.category,
      // An empty or non-numeric weight goes as is (NaN travels as null), so the server names the problem.
      weight: rule.weight.trim() === "" ? Number.NaN : Number(rule.weight),
      ...(rule.practiceId ? { practiceId: rule.practiceId } : {}),
      expression: rule.expression,
      failureMessage: rule.failureMessage,
      remediation: rule.remediation,
    })),
    ...(version !== undefined ? { version } : {}),
  };
}

/** Moves the item at `from` by `by` places, staying within the list. */
export function move<T>(items: readonly T[], from: number, by: number): T[] {
  const to = from + by;
  if (to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** Renaming a level renames it in the rules on it, so they stay on the same rung. */
export function renameLevel(values: TEditorValues, index: number, name: string): TEditorValues {
  const previous = values.ladder[index]?.name;
  return {
    ...values,
    ladder: values.ladder.map((level, i) => (i === index ? { ...level, name } : level)),
    rules: values.rules.map((rule) => (previous !== undefined && rule.level === previous ? { ...rule, level: name } : rule)),
  };
}
