import { useQuery, type UseQueryOptions } from "@tanstack/react-query";
import {
  COMPONENT_KIND_LABELS,
  REPOSITORY_KIND_LABELS,
  SOLUTION_AREA_KIND_LABELS,
  SUBDOMAIN_TYPE_LABELS,
  TEAM_TYPE_LABELS,
} from "@topograph/domain";
import { useState } from "react";
import type { TApiError } from "../../lib/api-error.ts";
import { labelOf } from "../../lib/labels.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { useDebouncedValue } from "../../lib/use-debounced-value.ts";
import type { TReferenceOption } from "../../ui/form/reference-option.ts";

export type TReferenceKind = "team" | "solution-area" | "bounded-context" | "component" | "repository" | "namespace" | "cluster" | "environment";

/** The most a select lists; larger catalogs are narrowed by typing in a picker instead. */
const SELECT_LIMIT = 200;
/** Enough suggestions to choose from while typing, few enough to read. */
const PICKER_LIMIT = 20;

interface TListInput {
  q?: string;
  limit: number;
}

type TReferenceQuery = UseQueryOptions<any, TApiError, TReferenceOption[], any>;

/** How each kind's list rows become options: the slug the API takes, the name people read, context. */
function referenceQuery(trpc: ReturnType<typeof useTRPC>, kind: TReferenceKind, input: TListInput): TReferenceQuery {
  switch (kind) {
    case "team": {
      const query = trpc.team.list.queryOptions(input, {
        select: (page) => page.items.map((team) => ({ value: team.slug, label: team.name, detail: labelOf(TEAM_TYPE_LABELS, team.type) })),
      });
      return query;
    }
    case "solution-area": {
      const query = trpc.solutionArea.list.queryOptions(input, {
        select: (page) => page.items.map((area) => ({ value: area.slug, label: area.name, detail: labelOf(SOLUTION_AREA_KIND_LABELS, area.kind) })),
      });
      return query;
    }
    case "bounded-context": {
      const query = trpc.boundedContext.list.queryOptions(input, {
        select: (page) =>
          page.items.map((context) => ({ value: context.slug, label: context.name, detail: `${labelOf(SUBDOMAIN_TYPE_LABELS, context.subdomainType)} subdomain` })),
      });
      return query;
    }
    case "component": {
      const query = trpc.component.list.queryOptions(input, {
        select: (page) =>
          page.items.map((component) => ({
            value: component.slug,
            label: component.name,
            detail: [labelOf(COMPONENT_KIND_LABELS, component.kind), component.owners.map((team) => team.name).join(", ")].filter(Boolean).join(" · "),
          })),
      });
      return query;
    }
    case "repository": {
      const query = trpc.repository.list.queryOptions(input, {
        select: (page) => page.items.map((repository) => ({ value: repository.slug, label: repository.name, detail: `${labelOf(REPOSITORY_KIND_LABELS, repository.kind)} · ${repository.url}` })),
      });
      return query;
    }
    case "namespace": {
      const query = trpc.namespace.list.queryOptions(input, {
        select: (page) => page.items.map((namespace) => ({ value: namespace.slug, label: namespaceLabel(namespace), detail: `${namespace.environment.name} · ${namespace.slug}` })),
      });
      return query;
    }
    case "cluster": {
      const query = trpc.cluster.list.queryOptions(input, {
        select: (page) => page.items.map((cluster) => ({ value: cluster.slug, label: cluster.name, detail: [cluster.provider, cluster.region].filter(Boolean).join(" · ") })),
      });
      return query;
    }
    case "environment": {
      const query = trpc.environment.list.queryOptions(input, {
        select: (page) => page.items.map((environment) => ({ value: environment.slug, label: environment.name })),
      });
      return query;
    }
  }
}

/** Namespace names repeat across clusters, so a namespace is always named with its cluster. */
export function namespaceLabel(namespace: { name: string; cluster: { name: string } }): string {
  return `${namespace.name} (${namespace.cluster.name})`;
}

/** Every entry of a small kind (clusters, environments, teams) for a select or filter. */
export function useAllReferenceOptions(kind: TReferenceKind) {
  const trpc = useTRPC();
  const result = useQuery({ ...referenceQuery(trpc, kind, { limit: SELECT_LIMIT }), staleTime: 30_000 });
  return { options: result.data ?? [], loading: result.isPending };
}

/** Entries matching what the user typed, for a picker. */
export function useMatchingReferenceOptions(kind: TReferenceKind, query: string) {
  const trpc = useTRPC();
  const result = useQuery({ ...referenceQuery(trpc, kind, { q: query.trim() || undefined, limit: PICKER_LIMIT }), placeholderData: (previous) => previous });
  return { options: result.data ?? [], loading: result.isFetching && !result.data };
}

/**
 * What a picker's search box needs: the text typed, the entries matching it (searched once typing
 * pauses) and whether a search is still to come.
 */
export function useReferenceSearch(kind: TReferenceKind) {
  const [query, setQuery] = useState("");
  const debounced = useDebouncedValue(query, 150);
  const { options, loading } = useMatchingReferenceOptions(kind, debounced);
  return { query, setQuery, options, loading: loading || query !== debounced };
}
