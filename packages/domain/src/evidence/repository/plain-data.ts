/** Narrowing helpers for YAML and JSON read as plain data. */

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Strings, numbers and booleans as text (YAML reads `version: 1.2` as a number). */
export function asText(value: unknown): string | undefined {
  return typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : undefined;
}

/** A string or a list of strings (`needs: build` and `needs: [build, test]`). */
export function asTextList(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => asText(item) ?? []);
  const text = asText(value);
  return text === undefined ? [] : [text];
}

/** The value at a path of keys and indices, or undefined. */
export function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let value = data;
  for (const segment of path) value = Array.isArray(value) && typeof segment === "number" ? value[segment] : asRecord(value)?.[String(segment)];
  return value;
}
