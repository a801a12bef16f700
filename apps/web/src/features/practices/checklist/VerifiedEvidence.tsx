import { Link } from "react-router";
import { formatDateTime } from "../../../lib/format-date.ts";
import { paths } from "../../../lib/paths.ts";
import { Badge } from "../../../ui/Badge.tsx";
import { ScanSource } from "../../evidence/ScanSource.tsx";
import { ANSWER_STATUS_LABELS } from "../shared/answer-status.ts";
import type { TChecklistEntry } from "./checklist-types.ts";
import "./VerifiedEvidence.css";

type TVerified = NonNullable<TChecklistEntry["verified"]>;

/** "Verified ✓ holds" or "Verified ✕ missing": what a scan proved, apart from the answer people gave. */
export function VerifiedBadge({ verified, contradicted }: { verified: TVerified; contradicted: boolean }) {
  return (
    <span className="verified-badges">
      <VerifiedTag verified={verified} />
      {contradicted ? (
        <Badge tone="warning" title="The answer and the scan disagree.">
          <span aria-hidden="true">⚠</span> Contradicted
        </Badge>
      ) : null}
    </span>
  );
}

function VerifiedTag({ verified }: { verified: TVerified }) {
  return (
    <Badge tone={verified.holds ? "success" : "danger"} title={verified.holds ? "A scan proves the practice holds." : "A scan shows the practice is missing."}>
      Verified{" "}
      <span aria-hidden="true">{verified.holds ? "✓" : "✕"}</span>
      {verified.holds ? " holds" : " missing"}
    </Badge>
  );
}

/** Where the proof is (message, file:line, source, when), and a warning when the answer says otherwise. */
export function VerifiedEvidence({ entry }: { entry: TChecklistEntry }) {
  const { verified, contradicted } = entry;
  if (!verified) return null;
  return (
    <div className={`verified-evidence verified-evidence--${verified.holds ? "holds" : "missing"}${contradicted ? " verified-evidence--contradicted" : ""}`} aria-label="Evidence from a scan" role="group">
      {contradicted ? (
        <p className="verified-evidence__contradiction">
          <strong>
            <span aria-hidden="true">⚠ </span>Contradicted by evidence
          </strong>{" "}
          — the answer says “{ANSWER_STATUS_LABELS[entry.status]}”, but a scan shows the practice {verified.holds ? "holds" : "is missing"}. Check the manifests or change the answer.
        </p>
      ) : null}
      <p className="verified-evidence__head">
        <span className="verified-evidence__label">{verified.holds ? "Scan proves it" : "Scan finds it missing"}</span>
        <span className="verified-evidence__message">{verified.message}</span>
      </p>
      <p className="verified-evidence__where">
        {verified.file ? (
          <span className="verified-evidence__file mono">
            {verified.file}
            {verified.line ? `:${verified.line}` : ""}
          </span>
        ) : null}
        <span>
          in <ScanSource sourceKey={verified.source} />
        </span>
        <span>
          · scanned <time dateTime={verified.observedAt}>{formatDateTime(verified.observedAt)}</time>
        </span>
        <Link to={paths.evidence}>All scans</Link>
      </p>
    </div>
  );
}
