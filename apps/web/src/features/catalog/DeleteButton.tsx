import { useMutation, type UseMutationOptions } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useNavigate } from "react-router";
import { errorMessage, type TApiError } from "../../lib/api-error.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";

interface TDeleteButtonProps<TData, TVariables> {
  /** The tRPC delete mutation, e.g. `trpc.scorecard.delete.mutationOptions()`. */
  mutation: UseMutationOptions<TData, TApiError, TVariables, any>;
  /** What the mutation is called with: the entry's id (or slug) and version. */
  variables: TVariables;
  /** Where to go once it is gone, e.g. the list it was in. */
  afterDelete: string;
  title: string;
  confirmLabel: string;
  /** What deleting removes, said in the dialog. */
  children: ReactNode;
}

/** Delete behind a confirmation; when the server refuses, its reason stays in the dialog. */
export function DeleteButton<TData, TVariables>({ mutation, variables, afterDelete, title, confirmLabel, children }: TDeleteButtonProps<TData, TVariables>) {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const remove = useMutation({
    ...mutation,
    onSuccess: () => navigate(afterDelete, { replace: true }),
  });
  return (
    <>
      <button type="button" className="button button--danger-outline" onClick={() => setOpen(true)}>
        Delete
      </button>
      <ConfirmDialog
        open={open}
        title={title}
        confirmLabel={confirmLabel}
        busy={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : undefined}
        onConfirm={() => remove.mutate(variables)}
        onClose={() => {
          setOpen(false);
          remove.reset();
        }}
      >
        {children}
      </ConfirmDialog>
    </>
  );
}
