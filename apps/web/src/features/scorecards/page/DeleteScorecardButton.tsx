import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { errorMessage } from "../../../lib/api-error.ts";
import { paths } from "../../../lib/paths.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { ConfirmDialog } from "../../../ui/ConfirmDialog.tsx";

/** Delete behind a confirmation; a refusal (stale version, initiatives using it) stays in the dialog. */
export function DeleteScorecardButton({ slug, name, version, builtIn }: { slug: string; name: string; version: number; builtIn: boolean }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const remove = useMutation({ ...trpc.scorecard.delete.mutationOptions(), onSuccess: () => navigate(paths.scorecards, { replace: true }) });
  return (
    <>
      <button type="button" className="button button--danger-outline" onClick={() => setOpen(true)}>
        Delete
      </button>
      <ConfirmDialog
        open={open}
        title={`Delete scorecard “${name}”?`}
        confirmLabel="Delete scorecard"
        busy={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : undefined}
        onConfirm={() => remove.mutate({ scorecardId: slug, version })}
        onClose={() => {
          setOpen(false);
          remove.reset();
        }}
      >
        This removes the scorecard, its rules, waivers and recorded history for everyone.
        {builtIn ? " It is a built-in scorecard: it will not be installed again." : ""} Export it as YAML first to keep a copy.
      </ConfirmDialog>
    </>
  );
}
