import { paths } from "../../lib/paths.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { DeleteButton } from "../catalog/DeleteButton.tsx";

/** Delete a draft behind a confirmation; back to the scenario list afterwards. */
export function DeleteScenarioButton({ scenarioId, name }: { scenarioId: string; name: string }) {
  const trpc = useTRPC();
  return (
    <DeleteButton mutation={trpc.scenario.delete.mutationOptions()} variables={{ scenarioId }} afterDelete={paths.planning} title={`Delete “${name}”?`} confirmLabel="Delete scenario">
      The draft and its changes are removed. The catalog is not touched.
    </DeleteButton>
  );
}
