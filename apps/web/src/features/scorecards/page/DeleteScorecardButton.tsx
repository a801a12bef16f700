import { paths } from "../../../lib/paths.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { DeleteButton } from "../../catalog/DeleteButton.tsx";

/** Delete behind a confirmation; a refusal (stale version, initiatives using it) stays in the dialog. */
export function DeleteScorecardButton({ slug, name, version, builtIn }: { slug: string; name: string; version: number; builtIn: boolean }) {
  const trpc = useTRPC();
  return (
    <DeleteButton mutation={trpc.scorecard.delete.mutationOptions()} variables={{ scorecardId: slug, version }} afterDelete={paths.scorecards} title={`Delete scorecard “${name}”?`} confirmLabel="Delete scorecard">
      This removes the scorecard, its rules, waivers and recorded history for everyone.
      {builtIn ? " It is a built-in scorecard: it will not be installed again." : ""} Export it as YAML first to keep a copy.
    </DeleteButton>
  );
}
