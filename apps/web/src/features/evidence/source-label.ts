/** How a scan's source reads to people, from the key the server stores ("directory:/repos/b-service-kubernetes"). */
export interface TSourceLabel {
  /** "Directory", "Archive", "Git", or the key's own prefix. */
  kind: string;
  /** The path, file name or URL, shown in monospace. */
  location: string;
}

const KIND_LABELS: Record<string, string> = { directory: "Directory", archive: "Archive", git: "Git" };

export function sourceLabel(sourceKey: string): TSourceLabel {
  const colon = sourceKey.indexOf(":");
  if (colon <= 0) return { kind: "Source", location: sourceKey };
  const prefix = sourceKey.slice(0, colon);
  return { kind: KIND_LABELS[prefix] ?? prefix, location: sourceKey.slice(colon + 1) };
}
