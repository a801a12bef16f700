import type { UseMutationOptions } from "@tanstack/react-query";
import type { TApiError } from "../../lib/api-error.ts";
import { CATALOG_KINDS, type TCatalogKind } from "../../lib/catalog-kinds.ts";
import { paths } from "../../lib/paths.ts";
import { DeleteButton } from "./DeleteButton.tsx";

export interface TEntityRef {
  id: string;
  version: number;
}

interface TDeleteEntityButtonProps<TData> {
  kind: TCatalogKind;
  name: string;
  entityRef: TEntityRef;
  /** The tRPC delete mutation, e.g. `trpc.team.delete.mutationOptions()`. */
  mutation: UseMutationOptions<TData, TApiError, TEntityRef, any>;
}

/** Delete a catalog entry behind a confirmation, then back to its kind's list. */
export function DeleteEntityButton<TData>({ kind, name, entityRef, mutation }: TDeleteEntityButtonProps<TData>) {
  const { singular } = CATALOG_KINDS[kind];
  return (
    <DeleteButton mutation={mutation} variables={entityRef} afterDelete={paths.list(kind)} title={`Delete ${singular} “${name}”?`} confirmLabel={`Delete ${singular}`}>
      This removes the {singular} from the catalog for everyone. It cannot be undone.
    </DeleteButton>
  );
}
