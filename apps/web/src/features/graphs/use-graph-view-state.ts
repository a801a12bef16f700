import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { readViewState, withChanges, type TGraphViewState } from "./url-state.ts";

/** A page's drawing choices (grouping, colouring, collapsed groups, tab) kept in its URL. */
export function useGraphViewState(defaults: Pick<TGraphViewState, "groupBy" | "colourBy">) {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readViewState(params, defaults), [params, defaults]);
  const setState = useCallback(
    (change: Partial<TGraphViewState>) => {
      // Collapsed groups belong to one grouping; another grouping starts with everything open.
      const reset = change.groupBy !== undefined && change.groupBy !== state.groupBy ? { collapsed: [] } : {};
      setParams((current) => withChanges(current, { ...change, ...reset }, { ...defaults, tab: "diagram" }), { replace: true });
    },
    [setParams, defaults, state.groupBy],
  );
  return [state, setState] as const;
}
