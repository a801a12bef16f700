import { Badge, type TBadgeTone } from "../../ui/Badge.tsx";
import type { TScenarioChange } from "./planning-types.ts";

const LOOKS: Record<TScenarioChange["step"]["status"], { tone: TBadgeTone; label: string; title: string }> = {
  ok: { tone: "success", label: "Applies", title: "Replays on today's catalog as drafted." },
  changed: { tone: "warning", label: "Catalog changed", title: "What it reads was edited since it was drafted; it still applies, on the new state." },
  failed: { tone: "danger", label: "No longer applies", title: "It cannot apply to today's catalog and is skipped." },
};

/** How a change replays on today's catalog, in words. */
export function ChangeStatusBadge({ status }: { status: TScenarioChange["step"]["status"] }) {
  const look = LOOKS[status];
  return (
    <Badge tone={look.tone} title={look.title}>
      {look.label}
    </Badge>
  );
}
