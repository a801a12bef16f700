import { GRAPH_NODE_KINDS } from "@topograph/domain";
import { keepPreviousData, useQueries, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTRPC } from "../../lib/trpc.ts";
import type { TGraph, TGraphNodeKind } from "./graph-types.ts";
import { mergeGraphs, parseNodeId } from "./merge-graphs.ts";

export interface TNeighbourhoodInput {
  kind: TGraphNodeKind;
  slug: string;
  depth: number;
  /** Node ids whose own neighbourhoods (one step) are added to the drawing. */
  expanded: string[];
}

/** An entry's neighbourhood, plus the neighbourhoods of the nodes the user expanded, as one graph. */
export function useNeighbourhood({ kind, slug, depth, expanded }: TNeighbourhoodInput) {
  const trpc = useTRPC();
  const main = useQuery({ ...trpc.graph.neighbourhood.queryOptions({ kind, slug, depth }), placeholderData: keepPreviousData, staleTime: 30_000 });
  const around = useQueries({
    queries: expanded.flatMap((id) => {
      const node = parseNodeId(id, GRAPH_NODE_KINDS);
      return node ? [{ ...trpc.graph.neighbourhood.queryOptions({ ...node, depth: 1 }), staleTime: 30_000 }] : [];
    }),
  });
  const extra = around.flatMap((result) => (result.data ? [result.data] : []));
  const extraKey = around.map((result) => result.dataUpdatedAt).join(",");
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `extra` is rebuilt every render; its content changes with extraKey.
  const graph = useMemo<TGraph | undefined>(() => (main.data ? mergeGraphs(main.data, extra) : undefined), [main.data, extraKey]);
  return {
    graph,
    loading: main.isPending || around.some((result) => result.isFetching),
    error: main.isError ? main.error : (around.find((result) => result.isError)?.error ?? null),
  };
}
