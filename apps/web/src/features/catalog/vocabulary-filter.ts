/**
 * A filter value from the URL, if it is one of the vocabulary's values. A hand-edited or outdated
 * link then shows the unfiltered list instead of an error.
 */
export function vocabularyFilter<const T extends readonly string[]>(vocabulary: T, value: string | undefined): T[number] | undefined {
  return value !== undefined && (vocabulary as readonly string[]).includes(value) ? (value as T[number]) : undefined;
}
