import { Badge, type TBadgeTone } from "../../ui/Badge.tsx";
import type { TFindingStatus } from "./evidence-types.ts";

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

/** Fail, warn and pass counts side by side, zeros greyed. */
export function StatusCounts({ counts, label }: { counts: Record<TFindingStatus, number>; label?: string }) {
  return (
    <span className="inline-list" aria-label={label}>
      <FindingStatusBadge status="fail" count={counts.fail} />
      <FindingStatusBadge status="warn" count={counts.warn} />
      <FindingStatusBadge status="pass" count={counts.pass} />
    </span>
  );
}
