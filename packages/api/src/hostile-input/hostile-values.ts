import fc from "fast-check";

/** Text that has broken parsers, databases, logs and pages before: direction overrides, joiners, NUL, lone surrogates, markup, injections. */
const TRICKY_TEXT = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "\uDFFFx",
  "\u202Eevil\u202C",
  "مرحبا بالعالم",
  "שלום",
  "👩‍👩‍👧‍👦",
  "🏳️‍🌈",
  "e\u0301\u0301\u0301",
  "\u200B\u200D\uFEFF",
  "Ω≈ç√∫",
  "𝕿𝖔𝖕𝖔𝖌𝖗𝖆𝖕𝖍",
  "\r\n\t\v\f",
  "<script>alert(1)</script>",
  "'; DROP TABLE \"Team\"; --",
  "%s%n%x",
  "${7*7}{{7*7}}",
  "../../../../etc/passwd",
  "__proto__",
  "constructor",
  "null",
  "NaN",
  "-0",
  "1e309",
];

/** Random text mixing the tricky pieces with random code points of every plane, lone surrogates included. */
export const trickyText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...TRICKY_TEXT),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.array(fc.oneof(fc.constantFrom(...TRICKY_TEXT), fc.string({ unit: "binary", maxLength: 4 })), { maxLength: 6 }).map((parts) => parts.join("")),
);

/** Numbers at the edges of what JSON and JavaScript represent. */
export const edgeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 0, -1, 0.5, 1e308, -1e308, Number.MIN_VALUE, 2 ** 31, 2 ** 53, 2 ** 53 + 2, -(2 ** 53) - 2, 8.64e15 + 1),
  fc.double(),
  fc.integer(),
);

/** An object JSON can carry that breaks naive code: prototype keys, and toString/valueOf that are not functions. */
export function poisonedObject(): Record<string, unknown> {
  return JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"toString":1,"valueOf":1,"hasOwnProperty":1}') as Record<string, unknown>;
}

/** Any value a client could put where a field goes: every JSON type, the edge numbers, undefined, poisoned objects. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, false, [], {}),
  edgeNumber,
  trickyText,
  fc.constant(null).map(poisonedObject),
  fc.array(fc.oneof(trickyText, edgeNumber, fc.constant(null)), { maxLength: 5 }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** A value nested `depth` levels deep, built without recursion so building it cannot overflow the stack either. */
export function deeplyNested(depth: number, shape: "object" | "array"): unknown {
  let value: unknown = "bottom";
  for (let level = 0; level < depth; level += 1) value = shape === "object" ? { nested: value } : [value];
  return value;
}

/** One megabyte of text: more than any ordinary field allows. */
export const ONE_MEGABYTE = 1_048_576;

/**
 * A valid value of a string field made longer than `maxLength` (and at least a megabyte) by
 * letters before it and after it: slugs and file names still match their patterns with letters in
 * front, emails and URLs with letters behind, so for one of the two only the length is wrong.
 */
export function oversizedStrings(valid: string, maxLength: number | null): [string, string] {
  const padding = "a".repeat(Math.max(ONE_MEGABYTE, (maxLength ?? 0) + 1));
  return [padding + valid, valid + padding];
}
