/**
 * The fields of `next` that differ from `base`. Updates are partial on the server, so sending only
 * what the user changed leaves everything else exactly as it was.
 */
export function changedFields<T extends object>(base: T, next: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (JSON.stringify(base[key]) !== JSON.stringify(next[key])) changes[key] = next[key];
  }
  return changes;
}
