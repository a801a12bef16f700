import fc from "fast-check";
import type { z } from "zod";
import { trickyText } from "./hostile-values.ts";
import { unstorableText } from "./storable-text.ts";
import { schemaNode } from "./zod-shape.ts";

/** Free text samples stay short: the oversized cases are separate, and short inputs keep each call cheap. */
const SAMPLE_TEXT_LENGTH = 40;
/** Collections in samples stay small for the same reason. */
const SAMPLE_ITEMS = 3;

const EMAIL = fc.tuple(fc.stringMatching(/^[a-z0-9]{1,12}$/), fc.stringMatching(/^[a-z]{2,10}$/)).map(([local, domain]) => `${local}@${domain}.example`);
const URL = fc.webUrl({ validSchemes: ["https"], size: "small" });
const INSTANT = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true });

/** Text shaped by the field's format or pattern, or free text with tricky characters where the field takes any. */
function stringArbitrary(node: { minLength: number; maxLength: number | null; format: string | null; patterns: RegExp[] }): fc.Arbitrary<string> {
  if (node.format === "email") return EMAIL;
  if (node.format === "url") return URL;
  if (node.format === "datetime") return INSTANT.map((date) => date.toISOString());
  if (node.format === "date") return INSTANT.map((date) => date.toISOString().slice(0, 10));
  // fast-check matches without flags like i; what matches without them matches with them too.
  if (node.patterns[0]) return fc.stringMatching(new RegExp(node.patterns[0].source, node.patterns[0].flags.replace(/[^dgmsu]/g, "")));
  const maxLength = Math.min(node.maxLength ?? SAMPLE_TEXT_LENGTH, node.minLength + SAMPLE_TEXT_LENGTH);
  const padding = "x".repeat(node.minLength);
  // Trimmed fields count what is left after trimming: keep the required length in letters and add tricky text to it.
  return trickyText.map((text) => (padding + text.trim()).slice(0, Math.max(maxLength, node.minLength)));
}

/** How many candidates to draw before deciding a schema's refinement is beyond what the shape-derived generator hits. */
const SATISFIABILITY_TRIES = 200;

/** The candidates `schema` accepts, or null when none of a fair number of draws passes (a refinement the shape does not show). */
function accepted(schema: z.ZodType, candidates: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> | null {
  const passes = (value: unknown) => schema.safeParse(value).success;
  return fc.sample(candidates, SATISFIABILITY_TRIES).some(passes) ? candidates.filter(passes) : null;
}

/** A generator of values `schema` accepts, or null when the shape alone cannot produce one. */
function arbitraryOf(schema: z.ZodType): fc.Arbitrary<unknown> | null {
  const node = schemaNode(schema);
  switch (node.kind) {
    case "string":
      // Valid text is text the API takes: the tricky pieces that no database stores are for the hostile cases.
      return accepted(schema, stringArbitrary(node).filter((value) => unstorableText(value).length === 0));
    case "number": {
      // The whole range the schema takes (fast-check favours its edges): a version of 2^53 - 1 is valid input too.
      const min = Math.max(node.minimum ?? Number.MIN_SAFE_INTEGER, Number.MIN_SAFE_INTEGER);
      const max = Math.min(node.maximum ?? Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
      return accepted(schema, node.integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true }));
    }
    case "boolean":
      return fc.boolean();
    case "date":
      return INSTANT.map((date) => date.toISOString());
    case "unknown":
      return fc.jsonValue({ maxDepth: 2 });
    case "enum":
    case "literal":
      return fc.constantFrom(...node.values);
    case "object": {
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      const requiredKeys: string[] = [];
      for (const [key, field] of Object.entries(node.shape)) {
        const optional = field.safeParse(undefined).success;
        const value = arbitraryOf(field);
        // An optional field the generator cannot fill is left out; a required one makes the object ungeneratable.
        if (value === null && !optional) return null;
        if (value !== null) model[key] = value;
        if (!optional) requiredKeys.push(key);
      }
      return fc.record(model, { requiredKeys });
    }
    case "array": {
      const element = arbitraryOf(node.element);
      if (element === null) return node.minLength === 0 ? fc.constant([]) : null;
      return accepted(schema, fc.array(element, { minLength: node.minLength, maxLength: Math.max(node.minLength, Math.min(node.maxLength ?? SAMPLE_ITEMS, SAMPLE_ITEMS)) }));
    }
    case "record": {
      const [key, value] = [arbitraryOf(node.key), arbitraryOf(node.value)];
      if (key === null || value === null) return fc.constant({});
      return accepted(schema, fc.dictionary(key as fc.Arbitrary<string>, value, { maxKeys: SAMPLE_ITEMS }));
    }
    case "union": {
      const options = node.options.map(arbitraryOf).filter((option) => option !== null);
      return options.length > 0 ? fc.oneof(...options) : null;
    }
    case "intersection": {
      const [left, right] = [arbitraryOf(node.left), arbitraryOf(node.right)];
      if (left === null || right === null) return null;
      return accepted(schema, fc.tuple(left, right).map(([l, r]) => ({ ...(l as object), ...(r as object) })));
    }
    case "pipe": {
      // What the output side accepts usually passes the input side's trimming and lower-casing too.
      const sides = [arbitraryOf(node.input), node.output && arbitraryOf(node.output)].filter((side) => side !== null);
      return sides.length > 0 ? accepted(schema, fc.oneof(...sides)) : null;
    }
    case "wrapper": {
      const inner = arbitraryOf(node.inner);
      if (inner === null) return node.acceptsNull ? fc.constant(null) : null;
      return node.acceptsNull ? fc.option(inner, { nil: null }) : inner;
    }
  }
}

/**
 * Inputs `schema` accepts, derived from its shape: each field's format, pattern, bounds and
 * vocabulary; refinements (no duplicates, from before to, expressions that compile) are met by
 * filtering, and optional fields whose refinements random values never meet are left out.
 */
export function validInput(schema: z.ZodType): fc.Arbitrary<unknown> {
  const known = derived.get(schema);
  if (known) return known;
  const candidates = arbitraryOf(schema);
  const valid = candidates && accepted(schema, candidates);
  if (!valid) throw new Error("No valid input could be derived from this schema's shape: its refinements reject every candidate.");
  derived.set(schema, valid);
  return valid;
}

/** Deriving samples many candidates per field; each schema is derived once. */
const derived = new WeakMap<z.ZodType, fc.Arbitrary<unknown>>();
