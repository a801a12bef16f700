import { useMemo } from "react";
import type { TOption } from "../../lib/labels.ts";
import { useAllReferenceOptions } from "../catalog/reference-options.ts";
import type { TGraph } from "./graph-types.ts";
import type { TNameOf } from "./grouping.ts";

/** Options as one string, so a list that is equal but not identical (re-selected, or `[]` while loading) changes nothing. */
const keyOf = (options: TOption[]) => options.map((o) => `${o.value}\u0000${o.label}`).join("\u0001");

/** Team and cluster names for slugs a graph mentions without holding the entity; the graph's own nodes win. */
export function useNames(graph: TGraph | undefined): TNameOf {
  const teams = useAllReferenceOptions("team").options;
  const clusters = useAllReferenceOptions("cluster").options;
  const teamKey = keyOf(teams);
  const clusterKey = keyOf(clusters);
  return useMemo(
    () => {
      const names = { team: new Map<string, string>(), cluster: new Map<string, string>() };
      for (const option of teams) names.team.set(option.value, option.label);
      for (const option of clusters) names.cluster.set(option.value, option.label);
      for (const node of graph?.nodes ?? []) if (node.kind === "team") names.team.set(node.slug, node.label);
      return (kind, slug) => names[kind].get(slug);
    },
    // The keys stand for the lists' contents.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [graph, teamKey, clusterKey],
  );
}
