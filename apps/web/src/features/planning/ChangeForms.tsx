import { useId, useState } from "react";
import { CreateTeamForm } from "./CreateTeamForm.tsx";
import { InteractionForm } from "./InteractionForm.tsx";
import { MergeTeamsForm } from "./MergeTeamsForm.tsx";
import { MoveForm } from "./MoveForm.tsx";
import { OwnershipModeForm } from "./OwnershipModeForm.tsx";
import type { TScenarioOptions } from "./planning-types.ts";
import { RenameTeamForm } from "./RenameTeamForm.tsx";
import { SplitTeamForm } from "./SplitTeamForm.tsx";
import { TeamTypeForm } from "./TeamTypeForm.tsx";

const OPERATIONS = {
  move: "Move a component, repository, context, namespace or member",
  "create-team": "Create a team",
  "rename-team": "Rename a team",
  "set-team-type": "Change a team's type",
  "merge-teams": "Merge two teams",
  "split-team": "Split a team",
  "set-ownership-mode": "Set a component's ownership mode",
  "declare-interaction": "Declare or end a team interaction",
} as const;
type TOperationName = keyof typeof OPERATIONS;

/** Every operation a scenario can make, one form at a time: the keyboard's way to everything the map's drag and drop does, and more. */
export function ChangeForms({ scenarioId, options }: { scenarioId: string; options: TScenarioOptions }) {
  const [operation, setOperation] = useState<TOperationName>("move");
  const id = useId();
  const props = { scenarioId, options };
  return (
    <div className="change-forms">
      <div className="field">
        <label htmlFor={id} className="field__label">
          What to change
        </label>
        <select id={id} className="select" value={operation} onChange={(event) => setOperation(event.target.value as TOperationName)}>
          {Object.entries(OPERATIONS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {/* Keyed, so a form starts empty and without the last form's messages. */}
      <div key={operation}>
        {operation === "move" ? <MoveForm {...props} /> : null}
        {operation === "create-team" ? <CreateTeamForm scenarioId={scenarioId} /> : null}
        {operation === "rename-team" ? <RenameTeamForm {...props} /> : null}
        {operation === "set-team-type" ? <TeamTypeForm {...props} /> : null}
        {operation === "merge-teams" ? <MergeTeamsForm {...props} /> : null}
        {operation === "split-team" ? <SplitTeamForm {...props} /> : null}
        {operation === "set-ownership-mode" ? <OwnershipModeForm {...props} /> : null}
        {operation === "declare-interaction" ? <InteractionForm {...props} /> : null}
      </div>
    </div>
  );
}
