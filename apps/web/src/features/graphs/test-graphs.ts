import { buildContextMapGraph, buildDependencyGraph, buildNeighbourhoodGraph, buildOrganisationGraph, buildOwnershipGraph, snapshotOf } from "@topograph/domain";
import type { TGraph } from "./graph-types.ts";

/** The demo organisation's graphs, built the way the server builds them, for unit tests. */
const snapshot = snapshotOf();
const all = { maxNodes: 1500 };

export const demoOwnership = (filter: { clusterSlug?: string; teamSlug?: string } = {}): TGraph => buildOwnershipGraph(snapshot, { ...all, ...filter });
export const demoOrganisation = (): TGraph => buildOrganisationGraph(snapshot, all);
export const demoContextMap = (): TGraph => buildContextMapGraph(snapshot, all);
export const demoDependencies = (): TGraph => buildDependencyGraph(snapshot, all);
export const demoNeighbourhood = (kind: "component" | "team", slug: string, depth = 1): TGraph => buildNeighbourhoodGraph(snapshot, { kind, slug, depth, maxNodes: 1500 })!;
