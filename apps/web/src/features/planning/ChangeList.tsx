import { useMutation } from "@tanstack/react-query";
import { errorMessage, fieldIssues } from "../../lib/api-error.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { ChangeStatusBadge } from "./ChangeStatusBadge.tsx";
import type { TScenarioChange } from "./planning-types.ts";
import { StepDetail } from "./StepDetail.tsx";

/** Every change of the scenario in order; for a draft, how each replays today and Undo on each (refused while a later change needs it). */
export function ChangeList({ scenarioId, changes, editable }: { scenarioId: string; changes: TScenarioChange[]; editable: boolean }) {
  const trpc = useTRPC();
  const undo = useMutation(trpc.scenario.undo.mutationOptions());
  if (changes.length === 0) return <EmptyState title="No changes yet.">Drag a repository or bounded context onto a team on the scenario map, or use the form.</EmptyState>;
  return (
    <ol className="change-list">
      {changes.map((change) => {
        // The refusal is an issue about the change undone: its sentence alone, without the field's name.
        const refused = undo.error && undo.variables?.changeId === change.id ? (fieldIssues(undo.error)[0]?.message ?? errorMessage(undo.error)) : null;
        return (
          <li key={change.id} className="change-list__item">
            <div className="change-list__row">
              <span className="change-list__summary">{change.summary}</span>
              {/* An applied scenario's changes are history: how they would replay today says nothing. */}
              {editable ? (
                <>
                  <ChangeStatusBadge status={change.step.status} />
                  <button type="button" className="button button--small" disabled={undo.isPending} aria-label={`Undo “${change.summary}”`} onClick={() => undo.mutate({ scenarioId, changeId: change.id })}>
                    Undo
                  </button>
                </>
              ) : null}
            </div>
            <StepDetail step={change.step} />
            {refused ? (
              <p className="change-list__refusal" role="alert">
                {refused}
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
