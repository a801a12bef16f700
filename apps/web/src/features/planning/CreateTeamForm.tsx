import { slugify, TEAM_TYPE_LABELS, type TTeamType } from "@topograph/domain";
import { useState } from "react";
import { optionsOf } from "../../lib/labels.ts";
import { SelectField } from "../../ui/form/SelectField.tsx";
import { TextField } from "../../ui/form/TextField.tsx";
import { OperationForm } from "./OperationForm.tsx";

/** The fields of a team a scenario creates (also the new team of a split), under `prefix` in the API's issue paths. */
export function NewTeamFields({ prefix, value, onChange }: { prefix: string; value: TNewTeam; onChange: (value: TNewTeam) => void }) {
  return (
    <>
      <TextField name={`${prefix}.name`} label="New team's name" value={value.name} onChange={(name) => onChange({ ...value, name })} required />
      <TextField name={`${prefix}.slug`} label="New team's slug" value={value.slug} onChange={(slug) => onChange({ ...value, slug })} mono hint="Leave empty to derive it from the name." />
      <SelectField name={`${prefix}.type`} label="New team's type" value={value.type} onChange={(type) => onChange({ ...value, type: type as TTeamType })} options={optionsOf(TEAM_TYPE_LABELS)} required />
    </>
  );
}

export interface TNewTeam {
  name: string;
  slug: string;
  type: TTeamType;
}

export const EMPTY_NEW_TEAM: TNewTeam = { name: "", slug: "", type: "stream-aligned" };

/** The team as the API takes it: the slug derived from the name when left empty. */
export const newTeamInput = (team: TNewTeam) => ({ name: team.name, slug: team.slug.trim() || slugify(team.name), type: team.type });

/** Create a team that exists only in the scenario until it is applied. */
export function CreateTeamForm({ scenarioId }: { scenarioId: string }) {
  const [team, setTeam] = useState(EMPTY_NEW_TEAM);
  return (
    <OperationForm scenarioId={scenarioId} label="Create a team" operation={() => ({ op: "create-team", team: newTeamInput(team) })} onAdded={() => setTeam(EMPTY_NEW_TEAM)}>
      <NewTeamFields prefix="operation.team" value={team} onChange={setTeam} />
    </OperationForm>
  );
}
