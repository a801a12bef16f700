import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { errorMessage } from "../../lib/api-error.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";

/** Revoking stops the token at once; asked first, since scripts using it start failing. */
export function RevokeTokenButton({ token }: { token: { id: string; name: string; hint: string } }) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const revoke = useMutation(trpc.token.revoke.mutationOptions({ onSuccess: () => setOpen(false) }));
  const close = () => {
    setOpen(false);
    revoke.reset();
  };
  return (
    <>
      <button type="button" className="button button--small button--danger-outline" onClick={() => setOpen(true)} aria-label={`Revoke ${token.name}`}>
        Revoke
      </button>
      <ConfirmDialog
        open={open}
        title={`Revoke “${token.name}”?`}
        confirmLabel="Revoke token"
        busy={revoke.isPending}
        error={revoke.error ? errorMessage(revoke.error) : undefined}
        onConfirm={() => revoke.mutate({ id: token.id })}
        onClose={close}
      >
        <p>
          Anything using <code>{token.hint}</code> is refused from now on. This cannot be undone; make a new token if it is still needed.
        </p>
      </ConfirmDialog>
    </>
  );
}
