import type { TScenarioChange } from "./planning-types.ts";
import { StepDetail } from "./StepDetail.tsx";

/** Changes that no longer replay as drafted, each with what changed in the catalog since: read before applying. */
export function ConflictsBanner({ changes }: { changes: TScenarioChange[] }) {
  const conflicted = changes.filter((change) => change.step.status !== "ok");
  if (conflicted.length === 0) return null;
  return (
    <section className="conflicts-banner" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title" className="conflicts-banner__title">
        {conflicted.length === 1 ? "1 change" : `${conflicted.length} changes`} no longer {conflicted.length === 1 ? "matches" : "match"} the catalog
      </h2>
      <p>The catalog was edited since these changes were drafted. Applying asks you to confirm them; changes that no longer apply must be undone first.</p>
      <ul className="conflicts-banner__list">
        {conflicted.map((change) => (
          <li key={change.id}>
            <strong>{change.summary}</strong> — {change.step.status === "failed" ? "no longer applies" : "the catalog changed"}
            <StepDetail step={change.step} />
          </li>
        ))}
      </ul>
    </section>
  );
}
