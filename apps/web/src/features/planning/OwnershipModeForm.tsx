import { OWNERSHIP_MODE_LABELS } from "@topograph/domain";
import { useState } from "react";
import { SelectField } from "../../ui/form/SelectField.tsx";
import { OperationForm } from "./OperationForm.tsx";
import type { TOperation, TScenarioOptions } from "./planning-types.ts";

type TMode = Extract<TOperation, { op: "set-ownership-mode" }>["mode"];

const MODES = [...Object.entries(OWNERSHIP_MODE_LABELS).map(([value, label]) => ({ value, label })), { value: "organisation-default", label: "Follow the organisation default" }];

/** Put one component under collective or strong ownership, or back on the organisation's default. */
export function OwnershipModeForm({ scenarioId, options }: { scenarioId: string; options: TScenarioOptions }) {
  const [component, setComponent] = useState("");
  const [mode, setMode] = useState<TMode>("strong");
  return (
    <OperationForm scenarioId={scenarioId} label="Set ownership mode" operation={() => ({ op: "set-ownership-mode", component, mode })}>
      <SelectField name="operation.component" label="Component" value={component} onChange={setComponent} options={options.components.map((c) => ({ value: c.slug, label: c.name }))} emptyLabel="Choose a component" required />
      <SelectField name="operation.mode" label="Ownership mode" value={mode} onChange={(value) => setMode(value as TMode)} options={MODES} required hint="Under strong ownership, other teams raise change requests." />
    </OperationForm>
  );
}
