import { formatDateTime } from "../../lib/format-date.ts";
import { formatRelativeTime } from "../../lib/relative-time.ts";

/** How long ago, with the exact time on hover. */
export function RaisedWhen({ at }: { at: string | Date }) {
  const iso = new Date(at).toISOString();
  return (
    <time dateTime={iso} title={formatDateTime(at)}>
      {formatRelativeTime(at)}
    </time>
  );
}
