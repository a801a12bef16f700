import { useMemo } from "react";
import { useAllReferenceOptions } from "../catalog/reference-options.ts";
import type { TGraph } from "./graph-types.ts";
import type { TNameOf } from "./grouping.ts";

/** Team and cluster names for slugs a graph mentions without holding the entity; the graph's own nodes win. */
export function useNames(graph: TGraph | undefined): TNameOf {
  const teams = useAllReferenceOptions("team").options;
  const clusters = useAllReferenceOptions("cluster").options;
  return useMemo(() => {
    const names = { team: new Map<string, string>(), cluster: new Map<string, string>() };
    for (const option of teams) names.team.set(option.value, option.label);
    for (const option of clusters) names.cluster.set(option.value, option.label);
    for (const node of graph?.nodes ?? []) if (node.kind === "team") names.team.set(node.slug, node.label);
    return (kind, slug) => names[kind].get(slug);
  }, [graph, teams, clusters]);
}
