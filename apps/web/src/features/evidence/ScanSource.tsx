import { sourceLabel } from "./source-label.ts";

/** A scan's source: its kind in words, then the path, archive or repository in monospace. */
export function ScanSource({ sourceKey }: { sourceKey: string }) {
  const { kind, location } = sourceLabel(sourceKey);
  return (
    <span className="scan-source">
      <span className="scan-source__kind">{kind}</span> <span className="scan-source__location mono">{location}</span>
    </span>
  );
}
