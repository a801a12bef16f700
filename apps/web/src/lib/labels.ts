/**
 * Looks up the display label of a vocabulary value. The API returns plain strings, so a value the
 * UI does not know yet (added on the server first) still shows, as itself.
 */
export function labelOf<T extends string>(labels: Record<T, string>, value: string | null | undefined): string {
  if (!value) return "";
  return (labels as Record<string, string>)[value] ?? value;
}

export interface TOption {
  value: string;
  label: string;
}

/** Select options, in vocabulary order, from a label map. */
export function optionsOf<T extends string>(labels: Record<T, string>, only?: readonly T[]): TOption[] {
  const values = only ?? (Object.keys(labels) as T[]);
  return values.map((value) => ({ value, label: labels[value] }));
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
