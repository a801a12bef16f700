import type { TLayoutRequest, TLayoutResult, TLayoutStrategy } from "./layout-types.ts";

/** What the page sends the layout worker. */
export interface TLayoutRequestMessage {
  id: number;
  request: TLayoutRequest;
  /** Forces a strategy (the benchmark compares them); otherwise the layout chooses by size. */
  strategy?: TLayoutStrategy;
}

/** The worker's answer: the layout and how long it took inside the worker, or what went wrong. */
export type TLayoutResponseMessage = { id: number; result: TLayoutResult; milliseconds: number } | { id: number; error: string };
