import { buildDependencyGraph, buildOwnershipGraph, generateEnterprise, snapshotOf, type TEnterpriseSize } from "@topograph/domain";
import type { TGraph } from "./graph-types.ts";

export const SYNTHETIC_SHAPES = ["ownership", "dependencies"] as const;
export type TSyntheticShape = (typeof SYNTHETIC_SHAPES)[number];

/**
 * Parts of the product's synthetic enterprise (2,000 teams, 20,000 repositories, …) per node of each
 * graph: its ownership graph has about 27,000 nodes (teams, repositories, namespaces), its dependency
 * graph one per component (12,000).
 */
const NODES_AT_FULL_SIZE: Record<TSyntheticShape, number> = { ownership: 27_000, dependencies: 12_000 };

/** The enterprise scaled so that the chosen view has about `nodes` nodes; at least a few of everything. */
export function enterpriseSizeFor(shape: TSyntheticShape, nodes: number): TEnterpriseSize {
  const scale = (nodes / NODES_AT_FULL_SIZE[shape]) * 1.05;
  const at = (full: number, minimum: number) => Math.max(minimum, Math.round(full * scale));
  return { teams: at(2000, 3), boundedContexts: at(500, 2), components: at(12_000, 6), repositories: at(20_000, 10), namespaces: at(5000, 4), clusters: 4, dependencies: at(30_000, 6), seed: 1 };
}

/** A graph of the chosen shape with exactly `nodes` nodes (or all there are), built in the browser from the generator. */
export function syntheticGraph(shape: TSyntheticShape, nodes: number): TGraph {
  const snapshot = snapshotOf(generateEnterprise(enterpriseSizeFor(shape, nodes)));
  const filter = { maxNodes: nodes };
  return shape === "ownership" ? buildOwnershipGraph(snapshot, filter) : buildDependencyGraph(snapshot, filter);
}
