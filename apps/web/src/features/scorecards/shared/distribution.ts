import { BELOW_FIRST_COLOUR } from "./heat-colour.ts";

export interface TDistributionInput {
  total: number;
  belowFirst: number;
  levels: { name: string; color: string; count: number }[];
}

export interface TDistributionSegment {
  key: string;
  label: string;
  color: string;
  count: number;
  /** Share of the total, 0–100. */
  width: number;
}

/** The bar's segments, lowest first: "below first level" in grey, then each level in its ladder colour. */
export function distributionSegments(distribution: TDistributionInput): TDistributionSegment[] {
  const first = distribution.levels[0]?.name;
  const all = [
    { key: "below-first", label: first ? `Below ${first}` : "Below the first level", color: BELOW_FIRST_COLOUR, count: distribution.belowFirst },
    ...distribution.levels.map((level, index) => ({ key: `level-${index}`, label: level.name, color: level.color, count: level.count })),
  ];
  return all.map((segment) => ({ ...segment, width: distribution.total === 0 ? 0 : (segment.count / distribution.total) * 100 }));
}

/** "5 below Bronze, 3 Bronze, 0 Silver, 1 Gold" for screen readers and tooltips. */
export function distributionText(distribution: TDistributionInput): string {
  if (distribution.total === 0) return "No entities scored";
  return distributionSegments(distribution)
    .map((segment) => (segment.key === "below-first" ? `${segment.count} ${segment.label.toLowerCase()}` : `${segment.count} ${segment.label}`))
    .join(", ");
}
