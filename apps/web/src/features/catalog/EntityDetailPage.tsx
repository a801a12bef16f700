import type { UseMutationOptions, UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { errorMessage, isNotFound, type TApiError } from "../../lib/api-error.ts";
import { CATALOG_KINDS, kindTitle, type TCatalogKind } from "../../lib/catalog-kinds.ts";
import { EntityAuditTrail } from "../audit/EntityAuditTrail.tsx";
import { NeighbourhoodCard } from "../graphs/NeighbourhoodCard.tsx";
import { formatDateTime } from "../../lib/format-date.ts";
import { paths } from "../../lib/paths.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { ErrorBanner } from "../../ui/ErrorBanner.tsx";
import { FactList, type TFact } from "../../ui/FactList.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { PageHeader } from "../../ui/PageHeader.tsx";
import { DeleteEntityButton, type TEntityRef } from "./DeleteEntityButton.tsx";
import { EntityNotFound } from "./EntityNotFound.tsx";
import "./EntityDetailPage.css";

interface TEntityBase {
  id: string;
  name: string;
  slug: string;
  version: number;
  /** An ISO string on the wire, whatever the API's inferred type says. */
  updatedAt: string | Date;
}

interface TEntityDetailPageProps<T extends TEntityBase, TDeleted> {
  kind: TCatalogKind;
  slug: string;
  result: UseQueryResult<T, TApiError>;
  /** Badges and short facts under the title. */
  meta?: (entity: T) => ReactNode;
  description?: (entity: T) => ReactNode;
  /** The entity's delete mutation, e.g. `trpc.team.delete.mutationOptions()`. */
  deleteMutation: UseMutationOptions<TDeleted, TApiError, TEntityRef, any>;
  /** Replaces Edit and Delete for entries that are changed elsewhere; undefined keeps them. */
  actions?: (entity: T) => ReactNode | undefined;
  /** The relations, in the main column. */
  children: (entity: T) => ReactNode;
  /** The entry's own fields, in the side column, between its slug and when it last changed. */
  facts: (entity: T) => TFact[];
}

/**
 * The frame of every entity page: loading and not-found states, the header with its actions, and
 * a two-column body with relations on the left and facts on the right.
 */
/** Every kind but clusters and environments is a node of the catalog graph, with a neighbourhood to show. */
const hasNeighbourhood = (kind: TCatalogKind): kind is Exclude<TCatalogKind, "cluster" | "environment"> => kind !== "cluster" && kind !== "environment";

export function EntityDetailPage<T extends TEntityBase, TDeleted>({ kind, slug, result, meta, description, deleteMutation, actions, children, facts }: TEntityDetailPageProps<T, TDeleted>) {
  const entity = result.data;
  useDocumentTitle(entity ? `${entity.name} (${CATALOG_KINDS[kind].singular})` : kindTitle(kind));

  if (result.isError && !entity) {
    if (isNotFound(result.error)) return <EntityNotFound kind={kind} slug={slug} />;
    return (
      <ErrorBanner
        title={`Could not load the ${CATALOG_KINDS[kind].singular} “${slug}”.`}
        onRetry={() => void result.refetch()}
      >
        {errorMessage(result.error)}
      </ErrorBanner>
    );
  }
  if (!entity) return <Loading label={`Loading ${CATALOG_KINDS[kind].singular} “${slug}”…`} />;

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={paths.list(kind)}>{CATALOG_KINDS[kind].plural}</Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{entity.slug}</span>
      </nav>
      <PageHeader
        eyebrow={kindTitle(kind)}
        title={entity.name}
        meta={meta?.(entity)}
        description={description?.(entity)}
        actions={
          actions?.(entity) ?? (
            <>
              <Link to={paths.edit(kind, entity.slug)} className="button">
                Edit
              </Link>
              <DeleteEntityButton kind={kind} name={entity.name} entityRef={entity} mutation={deleteMutation} />
            </>
          )
        }
      />
      <div className="detail-layout">
        <div className="detail-layout__main stack">
          {children(entity)}
          {hasNeighbourhood(kind) && <NeighbourhoodCard kind={kind} slug={entity.slug} />}
          <EntityAuditTrail kind={kind} slug={entity.slug} />
        </div>
        <aside className="detail-layout__aside" aria-label={`About this ${CATALOG_KINDS[kind].singular}`}>
          <FactList
            facts={[
              { label: "Slug", value: <code>{entity.slug}</code> },
              ...facts(entity),
              { label: "Last changed", value: `${formatDateTime(entity.updatedAt)} (version ${entity.version})` },
            ]}
          />
        </aside>
      </div>
    </>
  );
}
