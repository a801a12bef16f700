import type { z } from "zod";

/**
 * The parts of a zod v4 schema's definition the hostile-input tests read. Zod keeps them in
 * `_zod.def` (stable across v4); wrapping them here keeps the casts in one file.
 */
export type TSchemaNode =
  | { kind: "string"; minLength: number; maxLength: number | null; format: string | null; patterns: RegExp[] }
  | { kind: "number"; minimum: number | null; maximum: number | null; integer: boolean }
  | { kind: "boolean" | "date" | "unknown" }
  | { kind: "enum"; values: readonly (string | number)[] }
  | { kind: "literal"; values: readonly unknown[] }
  | { kind: "object"; shape: Record<string, z.ZodType>; strict: boolean }
  | { kind: "array"; element: z.ZodType; maxLength: number | null; minLength: number }
  | { kind: "record"; key: z.ZodType; value: z.ZodType }
  | { kind: "union"; options: readonly z.ZodType[]; discriminator: string | null }
  | { kind: "intersection"; left: z.ZodType; right: z.ZodType }
  /** A value parsed by `input`, whose result `output` parses again (a transform when it only reshapes). */
  | { kind: "pipe"; input: z.ZodType; output: z.ZodType | null }
  /** optional, nullable, default, prefault, catch, readonly: a value passes through to `inner`. */
  | { kind: "wrapper"; inner: z.ZodType; acceptsMissing: boolean; acceptsNull: boolean };

interface TCheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

interface TRawDef {
  type: string;
  checks?: { _zod: { def: TCheckDef } }[];
  format?: string;
  pattern?: RegExp;
  [key: string]: unknown;
}

const defOf = (schema: z.ZodType): TRawDef => (schema as unknown as { _zod: { def: TRawDef } })._zod.def;

/** The checks of a schema, including the one a format schema (z.email(), z.int()) is itself. */
function checksOf(def: TRawDef): TCheckDef[] {
  const own = def.check ? [def as unknown as TCheckDef] : [];
  return [...own, ...(def.checks ?? []).map((check) => check._zod.def)];
}

function lengthBounds(checks: TCheckDef[]): { minLength: number; maxLength: number | null } {
  let minLength = 0;
  let maxLength: number | null = null;
  for (const check of checks) {
    if (check.check === "min_length") minLength = Math.max(minLength, check.minimum!);
    if (check.check === "max_length") maxLength = Math.min(maxLength ?? Infinity, check.maximum!);
    if (check.check === "length_equals") {
      minLength = check.value!;
      maxLength = check.value!;
    }
  }
  return { minLength, maxLength };
}

/** What kind of value `schema` takes, and the limits it declares; throws for kinds the tests do not know, so none is skipped silently. */
export function schemaNode(schema: z.ZodType): TSchemaNode {
  const def = defOf(schema);
  const checks = checksOf(def);
  switch (def.type) {
    case "string": {
      const formats = checks.filter((check) => check.check === "string_format");
      const named = formats.find((check) => check.format !== "regex");
      return {
        kind: "string",
        ...lengthBounds(checks),
        format: named?.format ?? null,
        patterns: formats.filter((check) => check.format === "regex" && check.pattern).map((check) => check.pattern!),
      };
    }
    case "number": {
      let minimum: number | null = null;
      let maximum: number | null = null;
      for (const check of checks) {
        if (check.check === "greater_than") minimum = check.inclusive ? check.value! : check.value! + (Number.isInteger(check.value) ? 1 : Number.EPSILON);
        if (check.check === "less_than") maximum = check.inclusive ? check.value! : check.value! - (Number.isInteger(check.value) ? 1 : Number.EPSILON);
      }
      const integer = checks.some((check) => check.check === "number_format" && /int/.test(check.format ?? ""));
      return { kind: "number", minimum, maximum, integer };
    }
    case "boolean":
    case "date":
      return { kind: def.type };
    case "unknown":
    case "any":
      return { kind: "unknown" };
    case "enum":
      return { kind: "enum", values: Object.values(def.entries as Record<string, string | number>) };
    case "literal":
      return { kind: "literal", values: def.values as unknown[] };
    case "object": {
      const catchall = def.catchall as z.ZodType | undefined;
      return { kind: "object", shape: def.shape as Record<string, z.ZodType>, strict: catchall !== undefined && defOf(catchall).type === "never" };
    }
    case "array":
      return { kind: "array", element: def.element as z.ZodType, ...lengthBounds(checks) };
    case "record":
      return { kind: "record", key: def.keyType as z.ZodType, value: def.valueType as z.ZodType };
    case "union":
      return { kind: "union", options: def.options as z.ZodType[], discriminator: (def.discriminator as string | undefined) ?? null };
    case "intersection":
      return { kind: "intersection", left: def.left as z.ZodType, right: def.right as z.ZodType };
    case "optional":
    case "default":
    case "prefault":
      return { kind: "wrapper", inner: def.innerType as z.ZodType, acceptsMissing: true, acceptsNull: false };
    case "nullable":
      return { kind: "wrapper", inner: def.innerType as z.ZodType, acceptsMissing: false, acceptsNull: true };
    case "catch":
    case "readonly":
      return { kind: "wrapper", inner: def.innerType as z.ZodType, acceptsMissing: false, acceptsNull: false };
    case "pipe": {
      const output = def.out as z.ZodType;
      return { kind: "pipe", input: def.in as z.ZodType, output: defOf(output).type === "transform" ? null : output };
    }
    default:
      throw new Error(`Hostile-input tests do not know zod's "${def.type}" schemas yet: teach hostile-input/zod-shape.ts.`);
  }
}

/** The schema under every optional, nullable, default and similar wrapper: what a present value must be (for a pipe, what it takes in). */
export function unwrapped(schema: z.ZodType): z.ZodType {
  const node = schemaNode(schema);
  if (node.kind === "wrapper") return unwrapped(node.inner);
  if (node.kind === "pipe") return unwrapped(node.input);
  return schema;
}
