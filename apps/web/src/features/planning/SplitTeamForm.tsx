import { useState } from "react";
import { CheckboxGroupField } from "../../ui/form/CheckboxGroupField.tsx";
import { SelectField } from "../../ui/form/SelectField.tsx";
import { EMPTY_NEW_TEAM, NewTeamFields, newTeamInput } from "./CreateTeamForm.tsx";
import { OperationForm } from "./OperationForm.tsx";
import { splitChoices, teamOptions } from "./operation-options.ts";
import type { TScenarioOptions } from "./planning-types.ts";

/** Split a new team off a team, with the components, bounded contexts and members it takes. */
export function SplitTeamForm({ scenarioId, options }: { scenarioId: string; options: TScenarioOptions }) {
  const [team, setTeam] = useState("");
  const [newTeam, setNewTeam] = useState(EMPTY_NEW_TEAM);
  const [components, setComponents] = useState<string[]>([]);
  const [boundedContexts, setBoundedContexts] = useState<string[]>([]);
  const [members, setMembers] = useState<string[]>([]);
  const choices = splitChoices(options, team);
  const reset = () => {
    setNewTeam(EMPTY_NEW_TEAM);
    setComponents([]);
    setBoundedContexts([]);
    setMembers([]);
  };
  return (
    <OperationForm
      scenarioId={scenarioId}
      label="Split a team"
      operation={() => ({ op: "split-team", team, newTeam: newTeamInput(newTeam), components, boundedContexts, members })}
      onAdded={() => {
        reset();
        setTeam("");
      }}
    >
      <SelectField
        name="operation.team"
        label="Split off team"
        value={team}
        onChange={(value) => {
          setTeam(value);
          reset();
        }}
        options={teamOptions(options)}
        emptyLabel="Choose a team"
        required
      />
      <NewTeamFields prefix="operation.newTeam" value={newTeam} onChange={setNewTeam} />
      {team ? (
        <>
          <CheckboxGroupField name="operation.components" legend="Components it takes" options={choices.components} value={components} onChange={setComponents} />
          <CheckboxGroupField name="operation.boundedContexts" legend="Bounded contexts it takes" options={choices.boundedContexts} value={boundedContexts} onChange={setBoundedContexts} />
          <CheckboxGroupField name="operation.members" legend="Members who go" options={choices.members} value={members} onChange={setMembers} />
        </>
      ) : null}
    </OperationForm>
  );
}
