import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { errorMessage, isStaleVersion } from "../../lib/api-error.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { ErrorBanner } from "../../ui/ErrorBanner.tsx";
import { Dialog } from "../practices/shared/Dialog.tsx";
import type { TScenarioChange } from "./planning-types.ts";
import { StepDetail } from "./StepDetail.tsx";

interface TApplyButtonProps {
  scenarioId: string;
  name: string;
  version: number;
  changes: TScenarioChange[];
}

/**
 * Apply behind a confirmation. When the catalog changed under the scenario the server answers
 * CONFLICT: the dialog lists the changes concerned with what changed, and "Apply anyway" confirms them.
 */
export function ApplyButton({ scenarioId, name, version, changes }: TApplyButtonProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const apply = useMutation({
    ...trpc.scenario.apply.mutationOptions(),
    onSuccess: () => setOpen(false),
    // A conflict means the page is behind the catalog: fetch it again, so the list below is today's.
    onError: (error) => (isStaleVersion(error) ? queryClient.invalidateQueries(trpc.scenario.pathFilter()) : undefined),
  });
  const conflicted = changes.filter((change) => change.step.status !== "ok");
  const conflict = apply.error && isStaleVersion(apply.error);
  const close = () => {
    setOpen(false);
    apply.reset();
  };
  const send = (acceptChangedBase: boolean) => apply.mutate({ scenarioId, version, acceptChangedBase });
  return (
    <>
      <button type="button" className="button button--primary" onClick={() => setOpen(true)} aria-haspopup="dialog" disabled={changes.length === 0}>
        Apply…
      </button>
      <Dialog
        open={open}
        title={`Apply “${name}”?`}
        onClose={close}
        actions={
          conflict ? (
            <button type="button" className="button button--danger" disabled={apply.isPending} onClick={() => send(conflicted.length > 0)}>
              {apply.isPending ? "Applying…" : conflicted.length > 0 ? "Apply anyway" : "Apply again"}
            </button>
          ) : apply.error ? null : (
            <button type="button" className="button button--primary" disabled={apply.isPending} onClick={() => send(false)}>
              {apply.isPending ? "Applying…" : "Apply scenario"}
            </button>
          )
        }
      >
        <p>
          This writes the scenario's {changes.length === 1 ? "change" : `${changes.length} changes`} to the live catalog in one transaction, recorded in history. Other drafts stay
          drafts.
        </p>
        {apply.error ? (
          <ErrorBanner title={conflict ? "The catalog changed since this scenario was drafted." : "Could not apply the scenario."}>
            <p>{errorMessage(apply.error)}</p>
            {conflict && conflicted.length > 0 ? (
              <ul className="apply-conflicts">
                {conflicted.map((change) => (
                  <li key={change.id}>
                    <strong>{change.summary}</strong>
                    <StepDetail step={change.step} />
                  </li>
                ))}
              </ul>
            ) : null}
          </ErrorBanner>
        ) : null}
      </Dialog>
    </>
  );
}
