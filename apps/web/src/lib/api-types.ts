import type { RouterOutputs } from "@topograph/api";

/** Routers that list catalog entries page by page. */
type TListRouter = { [K in keyof RouterOutputs]: RouterOutputs[K] extends { list: { items: unknown[] } } ? K : never }[keyof RouterOutputs];

/** One row of a kind's list, e.g. `TListItem<"component">`. */
export type TListItem<K extends TListRouter> = RouterOutputs[K] extends { list: { items: (infer TRow)[] } } ? TRow : never;

/** One entry of a relation on an entity page, e.g. `TRelated<"team", "components">`. */
export type TRelated<K extends keyof RouterOutputs, F extends string> = RouterOutputs[K] extends { get: infer TEntity }
  ? F extends keyof TEntity
    ? TEntity[F] extends (infer TRow)[]
      ? TRow
      : never
    : never
  : never;
