const DAY_MS = 24 * 3600 * 1000;

/** How far back a generated organisation's evidence and score history reach, in weeks. */
export const SYNTHETIC_HISTORY_WEEKS = 4;

/** The moment a generated organisation describes unless told otherwise: fixed, so a seed always yields the same data. */
export const SYNTHETIC_AS_OF = new Date("2026-01-01T00:00:00.000Z");

/** The day `daysAgo` days before `asOf`, at the same time of day. */
export function daysBefore(asOf: Date, daysAgo: number): Date {
  return new Date(asOf.getTime() - daysAgo * DAY_MS);
}

/**
 * When a generated organisation's scores were recorded: once a week over the history, oldest
 * first, the last at `asOf` itself. Evidence observed since then shows as a change of score.
 */
export function syntheticHistoryDates(asOf: Date): Date[] {
  return Array.from({ length: SYNTHETIC_HISTORY_WEEKS }, (_, i) => daysBefore(asOf, (SYNTHETIC_HISTORY_WEEKS - 1 - i) * 7));
}
