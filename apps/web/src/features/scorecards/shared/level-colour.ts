/** A level of a scorecard's ladder, lowest first, as the API sends it. */
export interface TLadderLevel {
  name: string;
  color: string;
}

/** The name of the level at an index; below the first level an entity has none. */
export function levelName(ladder: readonly TLadderLevel[], levelIndex: number): string {
  return levelIndex >= 0 ? (ladder[Math.min(levelIndex, ladder.length - 1)]?.name ?? "No level") : "No level";
}

/** Dark or light text, whichever reads better on a ladder colour (relative luminance, WCAG). */
export function textOn(hex: string): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return "#1b2430";
  const [r, g, b] = match.slice(1).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast against black vs. white: pick the larger.
  return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? "#1b2430" : "#ffffff";
}
