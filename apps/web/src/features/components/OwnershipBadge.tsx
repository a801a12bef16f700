import { OWNERSHIP_MODE_LABELS, type TEffectiveOwnership } from "@topograph/domain";
import { Badge } from "../../ui/Badge.tsx";

/** The mode that governs a component; a default is marked as such, an override is not. */
export function OwnershipBadge({ ownership }: { ownership: TEffectiveOwnership }) {
  const label = OWNERSHIP_MODE_LABELS[ownership.mode].replace(" ownership", "");
  return (
    <Badge tone={ownership.mode === "strong" ? "violet" : "success"} title={ownershipSourceText(ownership)}>
      {label}
      {ownership.source === "organisation" ? <span className="badge__note"> · default</span> : null}
    </Badge>
  );
}

/** "Strong ownership — organisation default" or "Collective ownership — set on this component". */
export function ownershipSourceText(ownership: TEffectiveOwnership): string {
  return `${OWNERSHIP_MODE_LABELS[ownership.mode]} — ${ownership.source === "organisation" ? "organisation default" : "set on this component"}`;
}
