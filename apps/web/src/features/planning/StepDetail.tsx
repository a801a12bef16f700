import { observedChanges } from "./observed-changes.ts";
import type { TScenarioChange } from "./planning-types.ts";

/** Why a change no longer replays as drafted: the parts of the catalog that differ now, or why it fails. */
export function StepDetail({ step }: { step: TScenarioChange["step"] }) {
  if (step.status === "failed") return <p className="step-detail">{step.message}</p>;
  if (step.status !== "changed") return null;
  return (
    <ul className="step-detail">
      {observedChanges(step.drafted, step.now).map((part) => (
        <li key={part.label}>
          {part.label}: <del>{part.drafted}</del> → <ins>{part.now}</ins>
        </li>
      ))}
    </ul>
  );
}
