import type { z } from "zod";
import { schemaNode, type TSchemaNode } from "./zod-shape.ts";

export type TPath = (string | number)[];

/** One place in an input a client can put a value: where it is, its schema, and where a rejection of it must point. */
export interface TInputField {
  path: TPath;
  schema: z.ZodType;
  /**
   * The path a validation issue about this field must start with: the field itself, or the
   * nearest plain union around it, since zod cannot tell which alternative a broken value meant
   * and so reports the union as a whole (discriminated unions pick their alternative and point inside).
   */
  blame: TPath;
  /** The path with list indexes and map keys as [] and {}: the same for every item, so one item can stand for all. */
  shape: string;
}

const isPresent = (value: unknown) => value !== undefined && value !== null;
const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

interface TWalk {
  path: TPath;
  shape: string;
  unionAt: TPath | null;
}

function collect(schema: z.ZodType, value: unknown, at: TWalk, fields: Map<string, TInputField>): void {
  const node: TSchemaNode = schemaNode(schema);
  const { path, shape, unionAt } = at;
  const step = (key: string | number, shapeKey: string): TWalk => ({ path: [...path, key], shape: shape ? `${shape}.${shapeKey}` : shapeKey, unionAt });
  const add = (next: TWalk, fieldSchema: z.ZodType) => fields.set(next.path.join("."), { path: next.path, schema: fieldSchema, blame: unionAt ?? next.path, shape: next.shape });
  switch (node.kind) {
    case "wrapper":
      if (isPresent(value)) collect(node.inner, value, at, fields);
      return;
    case "pipe":
      collect(node.input, value, at, fields);
      return;
    case "object":
      if (!isPlainObject(value)) return;
      for (const [key, field] of Object.entries(node.shape)) {
        const next = step(key, key);
        add(next, field);
        if (isPresent(value[key])) collect(field, value[key], next, fields);
      }
      return;
    case "intersection":
      collect(node.left, value, at, fields);
      collect(node.right, value, at, fields);
      return;
    case "array":
      if (!Array.isArray(value)) return;
      value.forEach((item, index) => {
        const next = step(index, "[]");
        add(next, node.element);
        collect(node.element, item, next, fields);
      });
      return;
    case "record":
      if (!isPlainObject(value)) return;
      for (const [key, item] of Object.entries(value)) {
        const next = step(key, "{}");
        add(next, node.value);
        collect(node.value, item, next, fields);
      }
      return;
    case "union": {
      const chosen = node.options.find((option) => option.safeParse(value).success);
      if (chosen) collect(chosen, value, { ...at, unionAt: node.discriminator ? unionAt : (unionAt ?? path) }, fields);
      return;
    }
    default:
      return;
  }
}

/** Every field of `value` (a valid input of `schema`), nested ones and optional ones it leaves out included. */
export function inputFields(schema: z.ZodType, value: unknown): TInputField[] {
  const fields = new Map<string, TInputField>();
  collect(schema, value, { path: [], shape: "", unionAt: null }, fields);
  return [...fields.values()];
}

/** `value` with the field at `path` set to `replacement`; the original is left as it was. */
export function withField(value: unknown, path: TPath, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...TPath];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) }) as Record<string | number, unknown>;
  const current = Object.hasOwn(copy, head) ? copy[head] : undefined;
  // defineProperty, not assignment: a field named "__proto__" must become a key, not the prototype.
  Object.defineProperty(copy, head, { value: withField(current, rest, replacement), enumerable: true, writable: true, configurable: true });
  return copy;
}

/** The field path as a validation issue spells it (trpc.ts joins with dots; the whole input is "(input)"). */
export function issuePath(path: TPath): string {
  return path.join(".") || "(input)";
}

/** Whether an issue at `issue` (as trpc.ts formats it) points at `blame` or inside it. */
export function pointsAt(issue: string, blame: TPath): boolean {
  if (blame.length === 0) return true;
  const field = issuePath(blame);
  return issue === field || issue.startsWith(`${field}.`);
}
