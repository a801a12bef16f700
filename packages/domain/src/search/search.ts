import { z } from "zod";

/** Every kind of entity the one search box finds, in the order results of equal rank are shown. */
export const ENTITY_KINDS = ["component", "team", "bounded-context", "solution-area", "repository", "namespace"] as const;
export type TEntityKind = (typeof ENTITY_KINDS)[number];
export const ENTITY_KIND_LABELS: Record<TEntityKind, string> = {
  component: "Component",
  team: "Team",
  "bounded-context": "Bounded context",
  "solution-area": "Solution area",
  repository: "Repository",
  namespace: "Namespace",
};

export const ZSearchInputSchema = z.object({
  q: z.string().trim().min(1, "Type something to search for.").max(200, "Search text must be at most 200 characters."),
  limit: z.int().min(1, "Limit must be at least 1.").max(50, "Limit must be at most 50.").default(20),
  kinds: z.array(z.enum(ENTITY_KINDS)).max(ENTITY_KINDS.length, `Name each of the ${ENTITY_KINDS.length} kinds at most once.`).optional(),
});
export type TSearchInput = z.infer<typeof ZSearchInputSchema>;

export interface TSearchCandidate {
  kind: TEntityKind;
  id: string;
  slug: string;
  name: string;
  /** A secondary line (kind, cluster, purpose…) shown under the name. */
  detail: string;
}

export interface TSearchHit extends TSearchCandidate {
  score: number;
}

/**
 * Scores how well an entity matches the query: exact slug or name first, then prefixes, then
 * word starts, then anywhere. 0 means no match.
 */
export function scoreMatch(query: string, candidate: Pick<TSearchCandidate, "slug" | "name">): number {
  const q = query.trim().toLowerCase();
  if (!q) return 0;
  const slug = candidate.slug.toLowerCase();
  const name = candidate.name.toLowerCase();
  if (slug === q || name === q) return 100;
  if (slug.startsWith(q) || name.startsWith(q)) return 80;
  const words = `${name} ${slug}`.split(/[\s\-_/.()]+/);
  if (words.some((w) => w.startsWith(q))) return 60;
  if (slug.includes(q) || name.includes(q)) return 40;
  return 0;
}

/** Ranks candidates best first; ties go by kind order, then shorter (more specific) names. */
export function rankSearchHits(query: string, candidates: TSearchCandidate[], limit: number): TSearchHit[] {
  return candidates
    .map((c) => ({ ...c, score: scoreMatch(query, c) }))
    .filter((hit) => hit.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        ENTITY_KINDS.indexOf(a.kind) - ENTITY_KINDS.indexOf(b.kind) ||
        a.name.length - b.name.length ||
        a.name.localeCompare(b.name),
    )
    .slice(0, limit);
}
