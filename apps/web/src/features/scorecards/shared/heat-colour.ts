/** The grey of "below the first level" and of cells where no entity is judged. */
export const BELOW_FIRST_COLOUR = "#c5ccd5";

/**
 * The background of a heat-map cell for a pass rate of 0–100: red through amber to green, light
 * enough for dark text at every step. Null (nothing judged) has no colour.
 */
export function passRateColour(passRate: number | null): string | null {
  if (passRate === null || Number.isNaN(passRate)) return null;
  const rate = Math.min(Math.max(passRate, 0), 100);
  const hue = Math.round((rate / 100) * 120);
  return `hsl(${hue} 68% 80%)`;
}

/** "67%" for 66.7, "100%" for 100: whole percentages read faster in a grid. */
export function formatPercent(value: number): string {
  return `${Math.round(value)}%`;
}
