import { useEffect, useMemo, useState } from "react";
import type { TViewGraph } from "./graph-types.ts";
import { layoutInWorker, warmUpLayout, type TTimedLayout } from "./layout/layout-client.ts";
import type { TLayoutDirection, TLayoutRequest } from "./layout/layout-types.ts";
import { layoutRequestOf } from "./layout-request.ts";

/** A drawn graph together with the layout computed for exactly it. */
export interface TLaidOutGraph {
  view: TViewGraph;
  request: TLayoutRequest;
  layout: TTimedLayout;
}

/** Recent layouts by request, so toggling a grouping or a collapse back is instant. */
const cache = new Map<string, TTimedLayout>();
const CACHE_SIZE = 12;

/** Lets a page that laid out a request itself (the benchmark) hand the result to the views that draw it. */
export function rememberLayout(request: TLayoutRequest, layout: TTimedLayout): void {
  remember(JSON.stringify(request), layout);
}

function remember(key: string, layout: TTimedLayout) {
  cache.delete(key);
  cache.set(key, layout);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
}

export interface TGraphLayoutState {
  /** The latest finished layout; kept on screen while a newer one is computed. */
  laidOut: TLaidOutGraph | null;
  /** Boxes in the layout being computed, or 0 when none is running. */
  running: number;
  error: Error | null;
}

/** Lays out a drawn graph off the main thread; a newer graph cancels the layout of an older one. */
export function useGraphLayout(view: TViewGraph | null, direction: TLayoutDirection): TGraphLayoutState {
  const request = useMemo(() => (view ? layoutRequestOf(view, direction) : null), [view, direction]);
  const [state, setState] = useState<TGraphLayoutState>({ laidOut: null, running: 0, error: null });

  useEffect(() => warmUpLayout(), []);

  useEffect(() => {
    if (!view || !request) return;
    const key = JSON.stringify(request);
    const cached = cache.get(key);
    if (cached) {
      setState({ laidOut: { view, request, layout: cached }, running: 0, error: null });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ ...previous, running: request.boxes.length, error: null }));
    layoutInWorker(request, { signal: controller.signal }).then(
      (layout) => {
        remember(key, layout);
        setState({ laidOut: { view, request, layout }, running: 0, error: null });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState((previous) => ({ ...previous, running: 0, error: error instanceof Error ? error : new Error(String(error)) }));
      },
    );
    return () => controller.abort();
  }, [view, request]);

  return state;
}
