import type { RouterOutputs } from "@topograph/api";
import { COMPONENT_KIND_LABELS, ENTITY_KIND_LABELS, REPOSITORY_KIND_LABELS, SOLUTION_AREA_KIND_LABELS, TEAM_TYPE_LABELS } from "@topograph/domain";
import { labelOf } from "../../lib/labels.ts";
import { paths } from "../../lib/paths.ts";

export type TSearchHit = RouterOutputs["search"]["query"]["items"][number];

export interface TSearchGroup {
  kind: TSearchHit["kind"];
  label: string;
  hits: TSearchHit[];
}

/** Groups ranked hits by kind; the kind of the best hit comes first, and ranking holds within a kind. */
export function groupHits(hits: TSearchHit[]): TSearchGroup[] {
  const groups = new Map<TSearchHit["kind"], TSearchHit[]>();
  for (const hit of hits) groups.set(hit.kind, [...(groups.get(hit.kind) ?? []), hit]);
  return [...groups.entries()].map(([kind, kindHits]) => ({ kind, label: pluralKindLabel(kind), hits: kindHits }));
}

export function pluralKindLabel(kind: TSearchHit["kind"]): string {
  const label = ENTITY_KIND_LABELS[kind];
  return label.endsWith("y") ? `${label.slice(0, -1)}ies` : `${label}s`;
}

export function hitPath(hit: TSearchHit): string {
  return paths.detail(hit.kind, hit.slug);
}

/** The server's detail is the raw vocabulary value for some kinds; show its label instead. */
export function hitDetail(hit: TSearchHit): string {
  switch (hit.kind) {
    case "component":
      return labelOf(COMPONENT_KIND_LABELS, hit.detail);
    case "team":
      return `${labelOf(TEAM_TYPE_LABELS, hit.detail)} team`;
    case "solution-area":
      return labelOf(SOLUTION_AREA_KIND_LABELS, hit.detail);
    case "repository":
      return `${labelOf(REPOSITORY_KIND_LABELS, hit.detail.replace(/ repository$/, ""))} repository`;
    case "bounded-context":
      return hit.detail.charAt(0).toUpperCase() + hit.detail.slice(1);
    default:
      return hit.detail;
  }
}

