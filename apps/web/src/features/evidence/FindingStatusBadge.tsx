import { Badge, type TBadgeTone } from "../../ui/Badge.tsx";
import type { TFindingStatus } from "./evidence-types.ts";
import "./FindingStatusBadge.css";

export const FINDING_STATUS_LABELS: Record<TFindingStatus, string> = { fail: "Fail", warn: "Warn", pass: "Pass" };
const TONES: Record<TFindingStatus, TBadgeTone> = { fail: "danger", warn: "warning", pass: "success" };
const GLYPHS: Record<TFindingStatus, string> = { fail: "✕", warn: "!", pass: "✓" };

function known(status: string): status is TFindingStatus {
  return status in TONES;
}

/** A finding's verdict in colour, glyph and word; with a count, how many findings have it ("3 fail"). */
export function FindingStatusBadge({ status, count }: { status: string; count?: number }) {
  if (!known(status)) return <Badge>{status}</Badge>;
  return (
    <Badge tone={count === 0 ? "neutral" : TONES[status]}>
      <span aria-hidden="true">{GLYPHS[status]}</span>
      {count === undefined ? FINDING_STATUS_LABELS[status] : `${count} ${FINDING_STATUS_LABELS[status].toLowerCase()}`}
    </Badge>
  );
}

/** Fail, warn and pass counts side by side on one line, zeros greyed; `compact` leaves the zeros out. */
export function StatusCounts({ counts, compact = false }: { counts: Record<TFindingStatus, number>; compact?: boolean }) {
  const shown = (["fail", "warn", "pass"] as const).filter((status) => !compact || counts[status] > 0);
  return (
    <span className="status-counts">
      {shown.map((status) => (
        <FindingStatusBadge key={status} status={status} count={counts[status]} />
      ))}
    </span>
  );
}
