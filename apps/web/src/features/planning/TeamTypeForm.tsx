import { TEAM_TYPE_LABELS, type TTeamType } from "@topograph/domain";
import { useState } from "react";
import { optionsOf } from "../../lib/labels.ts";
import { SelectField } from "../../ui/form/SelectField.tsx";
import { OperationForm } from "./OperationForm.tsx";
import { teamOptions } from "./operation-options.ts";
import type { TScenarioOptions } from "./planning-types.ts";

/** Change a team's Team Topologies type. */
export function TeamTypeForm({ scenarioId, options }: { scenarioId: string; options: TScenarioOptions }) {
  const [team, setTeam] = useState("");
  const [type, setType] = useState<TTeamType>("stream-aligned");
  return (
    <OperationForm scenarioId={scenarioId} label="Change a team's type" operation={() => ({ op: "set-team-type", team, type })}>
      <SelectField name="operation.team" label="Team" value={team} onChange={setTeam} options={teamOptions(options)} emptyLabel="Choose a team" required />
      <SelectField name="operation.type" label="Type" value={type} onChange={(value) => setType(value as TTeamType)} options={optionsOf(TEAM_TYPE_LABELS)} required />
    </OperationForm>
  );
}
