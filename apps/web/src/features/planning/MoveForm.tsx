import { useState } from "react";
import { optionsOf } from "../../lib/labels.ts";
import { SelectField } from "../../ui/form/SelectField.tsx";
import { OperationForm } from "./OperationForm.tsx";
import { itemOptions, MOVE_KIND_LABELS, teamOptions, type TMoveKind } from "./operation-options.ts";
import type { TScenarioOptions } from "./planning-types.ts";

/** Move a component, repository, bounded context, namespace or member to another team: what dragging on the map does, by keyboard. */
export function MoveForm({ scenarioId, options }: { scenarioId: string; options: TScenarioOptions }) {
  const [kind, setKind] = useState<TMoveKind>("repository");
  const [ref, setRef] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const teams = teamOptions(options);
  return (
    <OperationForm
      scenarioId={scenarioId}
      label="Move an item"
      operation={() => ({ op: "move", item: { kind, ref }, ...(from ? { from } : {}), to })}
      onAdded={() => {
        setRef("");
        setFrom("");
      }}
    >
      <SelectField
        name="operation.item.kind"
        label="Kind"
        value={kind}
        onChange={(value) => {
          setKind(value as TMoveKind);
          setRef("");
        }}
        options={optionsOf(MOVE_KIND_LABELS)}
        required
        hint="A repository or namespace moves the components it holds or runs."
      />
      <SelectField name="operation.item.ref" label={MOVE_KIND_LABELS[kind]} value={ref} onChange={setRef} options={itemOptions(options, kind)} emptyLabel={`Choose a ${MOVE_KIND_LABELS[kind].toLowerCase()}`} required />
      <SelectField name="operation.from" label="From" value={from} onChange={setFrom} options={teams} emptyLabel="Every team that holds it" hint="Name one co-owner to hand over only its share." />
      <SelectField name="operation.to" label="To team" value={to} onChange={setTo} options={teams} emptyLabel="Choose a team" required />
    </OperationForm>
  );
}
