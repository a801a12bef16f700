import { useQueries } from "@tanstack/react-query";
import { Link } from "react-router";
import { CATALOG_KINDS, type TCatalogKind } from "../../lib/catalog-kinds.ts";
import { paths } from "../../lib/paths.ts";
import { useTRPC } from "../../lib/trpc.ts";
import "./CatalogCounts.css";

const COUNTED_KINDS: TCatalogKind[] = ["team", "solution-area", "bounded-context", "component", "repository", "namespace", "cluster", "environment"];

/** How many entries of each kind the catalog holds: one-row pages, whose totals batch into one request. */
export function CatalogCounts() {
  const trpc = useTRPC();
  const one = { limit: 1 };
  const results = useQueries({
    queries: [
      trpc.team.list.queryOptions(one),
      trpc.solutionArea.list.queryOptions(one),
      trpc.boundedContext.list.queryOptions(one),
      trpc.component.list.queryOptions(one),
      trpc.repository.list.queryOptions(one),
      trpc.namespace.list.queryOptions(one),
      trpc.cluster.list.queryOptions(one),
      trpc.environment.list.queryOptions(one),
    ],
  });
  return (
    <ul className="catalog-counts">
      {COUNTED_KINDS.map((kind, index) => {
        const result = results[index];
        const total = result?.data?.total;
        return (
          <li key={kind}>
            <Link to={paths.list(kind)} className="catalog-counts__tile">
              <span className="catalog-counts__number" aria-hidden={total === undefined}>
                {total ?? "–"}
              </span>
              <span className="catalog-counts__label">{CATALOG_KINDS[kind].plural}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
