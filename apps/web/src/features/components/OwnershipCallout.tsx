import type { TEffectiveOwnership } from "@topograph/domain";
import { TeamLinks } from "../catalog/TeamLinks.tsx";
import { OWNERSHIP_MODE_EXPLANATIONS } from "../organisation/decision-explanations.ts";
import { ownershipSourceText } from "./OwnershipBadge.tsx";
import "./OwnershipCallout.css";

/** Who may change a component, and why: the mode, where it comes from, and the owning teams. */
export function OwnershipCallout({ ownership, owners }: { ownership: TEffectiveOwnership; owners: { slug: string; name: string }[] }) {
  return (
    <section className={`ownership-callout ownership-callout--${ownership.mode}`} aria-label="Ownership">
      <p className="ownership-callout__title">{ownershipSourceText(ownership)}</p>
      <p className="subtle">{OWNERSHIP_MODE_EXPLANATIONS[ownership.mode]}</p>
      <div className="ownership-callout__owners">
        <span className="muted">{owners.length === 1 ? "Owner team:" : "Owner teams:"}</span> <TeamLinks teams={owners} none="No owner team yet" />
      </div>
    </section>
  );
}
