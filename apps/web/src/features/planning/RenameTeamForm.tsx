import { useState } from "react";
import { SelectField } from "../../ui/form/SelectField.tsx";
import { TextField } from "../../ui/form/TextField.tsx";
import { OperationForm } from "./OperationForm.tsx";
import { teamOptions } from "./operation-options.ts";
import type { TScenarioOptions } from "./planning-types.ts";

/** Give a team a new name; its slug stays. */
export function RenameTeamForm({ scenarioId, options }: { scenarioId: string; options: TScenarioOptions }) {
  const [team, setTeam] = useState("");
  const [name, setName] = useState("");
  return (
    <OperationForm scenarioId={scenarioId} label="Rename a team" operation={() => ({ op: "rename-team", team, name })} onAdded={() => setName("")}>
      <SelectField name="operation.team" label="Team" value={team} onChange={setTeam} options={teamOptions(options)} emptyLabel="Choose a team" required />
      <TextField name="operation.name" label="New name" value={name} onChange={setName} required />
    </OperationForm>
  );
}
