import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { errorMessage } from "../../lib/api-error.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import type { TListedUser } from "./UserTable.tsx";

/** Disabling signs the user out everywhere and refuses their tokens; the server's refusal stays in the dialog. */
export function DisableUserButton({ user }: { user: TListedUser }) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const disable = useMutation(trpc.user.disable.mutationOptions({ onSuccess: () => setOpen(false) }));
  return (
    <>
      <button type="button" className="button button--small button--danger-outline" onClick={() => setOpen(true)} aria-label={`Disable ${user.name}`}>
        Disable
      </button>
      <ConfirmDialog
        open={open}
        title={`Disable ${user.name}?`}
        confirmLabel="Disable user"
        busy={disable.isPending}
        error={disable.error ? errorMessage(disable.error) : undefined}
        onConfirm={() => disable.mutate({ id: user.id, version: user.version })}
        onClose={() => {
          setOpen(false);
          disable.reset();
        }}
      >
        <p>They are signed out of every browser at once and their API tokens stop working. Their account and history are kept.</p>
      </ConfirmDialog>
    </>
  );
}
