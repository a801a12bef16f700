import { TEAM_INTERACTION_MODE_LABELS } from "@topograph/domain";
import { useState } from "react";
import { optionsOf } from "../../lib/labels.ts";
import { SelectField } from "../../ui/form/SelectField.tsx";
import { OperationForm } from "./OperationForm.tsx";
import { teamOptions } from "./operation-options.ts";
import type { TOperation, TScenarioOptions } from "./planning-types.ts";

type TMode = Extract<TOperation, { op: "declare-interaction" }>["mode"];

const MODES = [...optionsOf(TEAM_INTERACTION_MODE_LABELS), { value: "none", label: "None: end the interaction" }];

/** Declare how two teams interact (Team Topologies), or end it. */
export function InteractionForm({ scenarioId, options }: { scenarioId: string; options: TScenarioOptions }) {
  const [team, setTeam] = useState("");
  const [withTeam, setWithTeam] = useState("");
  const [mode, setMode] = useState<TMode>("collaboration");
  const teams = teamOptions(options);
  return (
    <OperationForm scenarioId={scenarioId} label="Declare an interaction" operation={() => ({ op: "declare-interaction", team, withTeam, mode })}>
      <SelectField name="operation.team" label="Team" value={team} onChange={setTeam} options={teams} emptyLabel="Choose a team" required hint="In X-as-a-Service this team provides; in facilitating it helps." />
      <SelectField name="operation.withTeam" label="With team" value={withTeam} onChange={setWithTeam} options={teams} emptyLabel="Choose a team" required />
      <SelectField name="operation.mode" label="Mode" value={mode} onChange={(value) => setMode(value as TMode)} options={MODES} required />
    </OperationForm>
  );
}
