import { useState } from "react";
import { SelectField } from "../../ui/form/SelectField.tsx";
import { OperationForm } from "./OperationForm.tsx";
import { teamOptions } from "./operation-options.ts";
import type { TScenarioOptions } from "./planning-types.ts";

/** Merge one team into another: its components, areas, members and interactions go to the other, and it is gone. */
export function MergeTeamsForm({ scenarioId, options }: { scenarioId: string; options: TScenarioOptions }) {
  const [team, setTeam] = useState("");
  const [into, setInto] = useState("");
  const teams = teamOptions(options);
  return (
    <OperationForm
      scenarioId={scenarioId}
      label="Merge two teams"
      operation={() => ({ op: "merge-teams", team, into })}
      onAdded={() => {
        setTeam("");
        setInto("");
      }}
    >
      <SelectField name="operation.team" label="Merge team" value={team} onChange={setTeam} options={teams} emptyLabel="Choose a team" required hint="Its components, areas, members and interactions go to the other team." />
      <SelectField name="operation.into" label="Into team" value={into} onChange={setInto} options={teams} emptyLabel="Choose a team" required />
    </OperationForm>
  );
}
