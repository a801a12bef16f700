import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../../../lib/trpc.ts";
import { TextField } from "../../../ui/form/TextField.tsx";
import { useRememberedName } from "../../practices/shared/use-remembered-name.ts";
import { FormDialog } from "./FormDialog.tsx";

interface TRevokeWaiverDialogProps {
  open: boolean;
  onClose: () => void;
  waiver: { id: string; reason: string; expiresAt: string; grantedBy: string };
  ruleTitle: string;
}

/** Ends a waiver now: the rule counts again from this moment. */
export function RevokeWaiverDialog({ open, onClose, waiver, ruleTitle }: TRevokeWaiverDialogProps) {
  const trpc = useTRPC();
  const [rememberedName, rememberName] = useRememberedName();
  const [revokedBy, setRevokedBy] = useState(rememberedName);
  const revoke = useMutation(trpc.waiver.revoke.mutationOptions());
  const close = () => {
    revoke.reset();
    onClose();
  };
  return (
    <FormDialog
      open={open}
      title={`Revoke the waiver of “${ruleTitle}”`}
      intro={
        <p>
          Granted by {waiver.grantedBy} until {waiver.expiresAt.slice(0, 10)}: “{waiver.reason}”. Once revoked, the rule counts again and may lower the level.
        </p>
      }
      onClose={close}
      error={revoke.error}
      submitting={revoke.isPending}
      submitLabel="Revoke waiver"
      onSubmit={() =>
        revoke.mutate(
          { id: waiver.id, revokedBy },
          {
            onSuccess: () => {
              rememberName(revokedBy);
              close();
            },
          },
        )
      }
    >
      <TextField name="revokedBy" label="Your name" value={revokedBy} onChange={setRevokedBy} required autoComplete="name" />
    </FormDialog>
  );
}
