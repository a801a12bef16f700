import { Badge } from "../../../ui/Badge.tsx";
import { ANSWER_STATUS_LABELS, STATUS_GLYPHS, STATUS_TONES, type TAnswerStatus } from "./answer-status.ts";
import "./StatusBadge.css";

/** A checklist status, told apart by colour, glyph and words, so no one relies on colour alone. */
export function StatusBadge({ status }: { status: TAnswerStatus }) {
  return (
    <span className={`status-badge status-badge--${status}`}>
      <Badge tone={STATUS_TONES[status]}>
        <span className="status-badge__glyph" aria-hidden="true">
          {STATUS_GLYPHS[status]}
        </span>
        {ANSWER_STATUS_LABELS[status]}
      </Badge>
    </span>
  );
}
