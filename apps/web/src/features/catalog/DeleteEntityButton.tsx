import { useMutation, type UseMutationOptions } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { errorMessage, type TApiError } from "../../lib/api-error.ts";
import { CATALOG_KINDS, type TCatalogKind } from "../../lib/catalog-kinds.ts";
import { paths } from "../../lib/paths.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";

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

/** Delete behind a confirmation; when the server refuses, its reason stays in the dialog. */
export function DeleteEntityButton<TData>({ kind, name, entityRef, mutation }: TDeleteEntityButtonProps<TData>) {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const { singular } = CATALOG_KINDS[kind];
  const remove = useMutation({
    ...mutation,
    onSuccess: () => navigate(paths.list(kind), { replace: true }),
  });
  return (
    <>
      <button type="button" className="button button--danger-outline" onClick={() => setOpen(true)}>
        Delete
      </button>
      <ConfirmDialog
        open={open}
        title={`Delete ${singular} “${name}”?`}
        confirmLabel={`Delete ${singular}`}
        busy={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : undefined}
        onConfirm={() => remove.mutate(entityRef)}
        onClose={() => {
          setOpen(false);
          remove.reset();
        }}
      >
        This removes the {singular} from the catalog for everyone. It cannot be undone.
      </ConfirmDialog>
    </>
  );
}
