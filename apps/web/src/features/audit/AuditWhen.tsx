import { formatDateTime } from "../../lib/format-date.ts";
import { formatRelativeTime } from "../../lib/relative-time.ts";

/** When an entry was written: how long ago at a glance, the exact time under it. */
export function AuditWhen({ at }: { at: string | Date }) {
  const iso = new Date(at).toISOString();
  return (
    <>
      <time dateTime={iso} title={iso}>
        {formatRelativeTime(at)}
      </time>
      <span className="data-table__secondary">{formatDateTime(at)}</span>
    </>
  );
}
