import { z } from "zod";
import { COMPONENT_KINDS, LIFECYCLES } from "../catalog/component.ts";
import { vocabulary } from "../catalog/fields.ts";
import { ZSlugSchema } from "../catalog/slug.ts";
import { TEAM_TYPES } from "../catalog/team.ts";
import { PRACTICE_CATALOGUE } from "../practices/catalogue.ts";
import { compileExpression, ExpressionError } from "./expression.ts";
import { SCORED_KINDS, type TScoredKind } from "./facts.ts";

/** Categories suggested in the editor; any lower-case word is accepted. */
export const RULE_CATEGORIES = ["deployment", "resilience", "scaling", "delivery", "testing", "ownership", "organisation", "configuration", "repositories"] as const;

export const DEFAULT_LADDER = [
  { name: "Bronze", color: "#b0703c" },
  { name: "Silver", color: "#8a96a3" },
  { name: "Gold", color: "#d4a017" },
] as const;

const ZShortText = (label: string, max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${label} is required.` : `${label} must be text.`) })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max} characters.`);
const ZSlugList = (label: string) =>
  z
    .array(z.string().trim().min(1, `${label} slug is required.`).max(200))
    .max(500, `At most 500 ${label.toLowerCase()}s.`)
    .refine((slugs) => new Set(slugs).size === slugs.length, `${label} list names the same entry twice.`);

export const ZLevelSchema = z
  .object({
    name: ZShortText("Level name", 40),
    color: z.string({ error: "Colour must be a hex colour like #d4a017." }).trim().regex(/^#[0-9a-fA-F]{6}$/, "Colour must be a hex colour like #d4a017."),
  })
  .strict();

export const ZRuleIdSchema = z
  .string()
  .trim()
  .min(1, "Rule ID is required.")
  .max(80, "Rule ID must be at most 80 characters.")
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "Rule ID uses lower-case letters, digits, dots, dashes and underscores, starting with a letter or digit.");

const practiceIds = new Set(PRACTICE_CATALOGUE.items.map((item) => item.id));

export const ZRuleSchema = z.object({
  id: ZRuleIdSchema,
  title: ZShortText("Title", 160),
  level: ZShortText("Level", 40),
  category: z
    .string()
    .trim()
    .regex(/^[a-z][a-z-]{0,39}$/, "Category is one lower-case word (dashes allowed), e.g. resilience."),
  weight: z.int("Weight must be a whole number.").min(1, "Weight must be at least 1.").max(100, "Weight must be at most 100.").default(1),
  expression: ZShortText("Expression", 2000),
  failureMessage: ZShortText("Failure message", 500),
  remediation: z.string().trim().max(2000, "Remediation must be at most 2000 characters.").default(""),
  /** The practice-catalogue item the rule enforces; the remediation links to it. */
  practiceId: z
    .string()
    .trim()
    .refine((id) => practiceIds.has(id), "Not a practice in the catalogue.")
    .optional(),
}).strict();
export type TRule = z.infer<typeof ZRuleSchema>;

/** Which entities a scorecard scores. Lists combine with AND between fields and OR within one. */
export const ZScorecardFilterSchema = z
  .object({
    teams: ZSlugList("Team").optional(),
    boundedContexts: ZSlugList("Bounded context").optional(),
    componentKinds: z.array(vocabulary("Component kind", COMPONENT_KINDS)).max(COMPONENT_KINDS.length).optional(),
    lifecycles: z.array(vocabulary("Lifecycle", LIFECYCLES)).max(LIFECYCLES.length).optional(),
    labels: z
      .record(z.string().trim().min(1).max(63), z.string().trim().max(200))
      .refine((labels) => Object.keys(labels).length <= 20, "At most 20 labels.")
      .optional(),
    teamTypes: z.array(vocabulary("Team type", TEAM_TYPES)).max(TEAM_TYPES.length).optional(),
    environments: ZSlugList("Environment").optional(),
  })
  .strict();
export type TScorecardFilter = z.infer<typeof ZScorecardFilterSchema>;

/** Filter fields that only make sense for one kind of entity. */
const FILTER_KINDS: Partial<Record<keyof TScorecardFilter, TScoredKind>> = {
  componentKinds: "component",
  lifecycles: "component",
  labels: "component",
  teamTypes: "team",
  environments: "namespace",
};

const scorecardFields = {
  slug: ZSlugSchema,
  name: ZShortText("Name", 120),
  description: z.string().trim().max(4000, "Description must be at most 4000 characters.").default(""),
  /** The team that owns the definition and may grant waivers. */
  ownerTeam: z.string().trim().min(1).max(200).nullable().default(null),
  entityKind: vocabulary("Entity kind", SCORED_KINDS),
  filter: ZScorecardFilterSchema.default({}),
  ladder: z
    .array(ZLevelSchema)
    .min(1, "A ladder has at least one level.")
    .max(10, "A ladder has at most 10 levels.")
    .default(DEFAULT_LADDER.map((level) => ({ ...level }))),
  rules: z.array(ZRuleSchema).max(200, "A scorecard has at most 200 rules.").default([]),
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Cross-field checks: unique names, rule levels on the ladder, filters that fit the kind,
 * expressions that compile. They run even when fields have errors of their own (so an author sees
 * every problem at once), hence the defensive reading of a value that may not match the shape.
 */
function checkDefinition(definition: unknown, ctx: z.RefinementCtx) {
  if (!isRecord(definition)) return;
  const kind = (SCORED_KINDS as readonly unknown[]).includes(definition.entityKind) ? (definition.entityKind as TScoredKind) : undefined;
  const ladder: unknown[] = Array.isArray(definition.ladder) ? definition.ladder : definition.ladder === undefined ? [...DEFAULT_LADDER] : [];
  const levelNames = ladder.map((level) => (isRecord(level) && typeof level.name === "string" ? level.name.trim() : undefined));
  levelNames.forEach((name, index) => {
    if (name !== undefined && levelNames.indexOf(name) !== index) ctx.addIssue({ code: "custom", path: ["ladder", index, "name"], message: `The level "${name}" appears twice.` });
  });
  if (isRecord(definition.filter) && kind) {
    for (const [field, only] of Object.entries(FILTER_KINDS)) {
      if (definition.filter[field] !== undefined && only !== kind) ctx.addIssue({ code: "custom", path: ["filter", field], message: `Only a ${only.replace("-", " ")} scorecard can filter by ${field}.` });
    }
  }
  const seen = new Set<string>();
  (Array.isArray(definition.rules) ? definition.rules : []).forEach((rule, index) => {
    if (!isRecord(rule)) return;
    if (typeof rule.id === "string") {
      if (seen.has(rule.id)) ctx.addIssue({ code: "custom", path: ["rules", index, "id"], message: `The rule ID "${rule.id}" appears twice.` });
      seen.add(rule.id);
    }
    if (typeof rule.level === "string" && rule.level.trim() && !levelNames.includes(rule.level.trim())) {
      ctx.addIssue({ code: "custom", path: ["rules", index, "level"], message: `"${rule.level}" is not a level of this scorecard (${levelNames.filter(Boolean).join(", ")}).` });
    }
    if (kind && typeof rule.expression === "string" && rule.expression.trim()) {
      try {
        compileExpression(rule.expression, kind, { practiceIds });
      } catch (error) {
        if (!(error instanceof ExpressionError)) throw error;
        ctx.addIssue({ code: "custom", path: ["rules", index, "expression"], message: error.message });
      }
    }
  });
}
const ALWAYS = { when: () => true };

/** A scorecard as data: what the editor saves and what YAML files hold. */
export const ZScorecardDefinitionSchema = z.object(scorecardFields).strict().superRefine(checkDefinition, ALWAYS);
export type TScorecardDefinition = z.infer<typeof ZScorecardDefinitionSchema>;
export type TScorecardDefinitionInput = z.input<typeof ZScorecardDefinitionSchema>;

/** Creating (no version) or replacing (the version last read) a scorecard by slug. */
export const ZScorecardUpsertSchema = z
  .object({ ...scorecardFields, version: z.int().positive().optional() })
  .strict()
  .superRefine(checkDefinition, ALWAYS);
export type TScorecardUpsert = z.infer<typeof ZScorecardUpsertSchema>;

export const ZScorecardRefSchema = z.object({ scorecardId: ZShortText("Scorecard", 200) });
export const ZScoredEntitySchema = z.object({ kind: vocabulary("Entity kind", SCORED_KINDS), slug: ZShortText("Entity slug", 200) });
export type TScoredEntity = z.infer<typeof ZScoredEntitySchema>;

/** Whether a scorecard's filter lets an entity in. */
export function filterAdmits(filter: TScorecardFilter, subject: { teamSlugs: readonly string[]; contextSlugs: readonly string[]; catalog: ReadonlyMap<string, unknown>; slug: string; kind: TScoredKind }): boolean {
  const any = (wanted: readonly string[] | undefined, actual: readonly string[]) => !wanted || wanted.length === 0 || wanted.some((w) => actual.includes(w));
  const one = (wanted: readonly string[] | undefined, value: unknown) => !wanted || wanted.length === 0 || wanted.includes(value as string);
  if (!any(filter.teams, subject.teamSlugs)) return false;
  if (!any(filter.boundedContexts, subject.contextSlugs)) return false;
  if (!one(filter.componentKinds, subject.catalog.get("kind"))) return false;
  if (!one(filter.lifecycles, subject.catalog.get("lifecycle"))) return false;
  if (!one(filter.teamTypes, subject.catalog.get("type"))) return false;
  if (!one(filter.environments, subject.catalog.get("environment"))) return false;
  for (const [name, value] of Object.entries(filter.labels ?? {})) if (subject.catalog.get(`labels.${name}`) !== value) return false;
  return true;
}
