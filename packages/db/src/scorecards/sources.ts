import type { TAnswerStatus, TEvidenceFact, TFactValue, TPracticeScope, TScoredKind, TScoringSources } from "@topograph/domain";
import type { TDb } from "../catalog/integrity.ts";
import { loadCatalogSnapshot } from "../catalog/snapshot.ts";
import { parseLabels } from "../catalog/component.ts";
import type { TSubjectIds } from "./subjects.ts";

/** Which kind of entity an answer or fact row belongs to, from its entity columns. */
function ownerOf(row: TEntityColumns): [TScoredKind, string] | undefined {
  if (row.componentId) return ["component", row.componentId];
  if (row.teamId) return ["team", row.teamId];
  if (row.boundedContextId) return ["bounded-context", row.boundedContextId];
  if (row.namespaceId) return ["namespace", row.namespaceId];
  return undefined;
}

type TEntityColumns = { teamId: string | null; boundedContextId: string | null; componentId: string | null; namespaceId: string | null };
type TAnswerRow = TEntityColumns & { itemId: string; status: string };
type TEvidenceRow = TEntityColumns & { key: string; value: string; message: string; source: string; file: string | null; line: number | bigint | null; observedAt: Date | string | number };

/** Reads everything scoring needs: the catalog, checklist answers and evidence facts. */
export async function loadScoringSources(db: TDb, ids: TSubjectIds): Promise<TScoringSources> {
  const [catalog, components, teams, members, contexts, answers, evidence] = await Promise.all([
    loadCatalogSnapshot(db),
    db.component.findMany({ select: { slug: true, lifecycle: true, labels: true } }),
    db.team.findMany({ select: { id: true, slug: true } }),
    db.teamMember.groupBy({ by: ["teamId"], _count: { _all: true } }),
    db.boundedContext.findMany({ select: { slug: true, complexity: true } }),
    // The two largest tables read in full: raw rows skip the client's per-row object building (2 s → 1 s for 300,000 answers).
    db.$queryRaw<TAnswerRow[]>`SELECT "itemId", "status", "teamId", "boundedContextId", "componentId", "namespaceId" FROM "ChecklistAnswer"`,
    db.$queryRaw<TEvidenceRow[]>`SELECT "key", "value", "message", "source", "file", "line", "observedAt", "teamId", "boundedContextId", "componentId", "namespaceId" FROM "EvidenceFact"`,
  ]);
  const teamSlug = new Map(teams.map((t) => [t.id, t.slug]));
  const slugOf = (owner: [TScoredKind, string]) => ids.subjectOf(`${owner[0]}:${owner[1]}`)?.slug;
  return {
    catalog,
    components: Object.fromEntries(components.map((c) => [c.slug, { lifecycle: c.lifecycle, labels: parseLabels(c.labels) }])),
    teamMemberCounts: Object.fromEntries(teams.map((t) => [t.slug, 0]).concat(members.map((m) => [teamSlug.get(m.teamId) ?? "", m._count._all]))),
    contextComplexity: Object.fromEntries(contexts.map((c) => [c.slug, c.complexity])),
    answers: answers.flatMap((answer) => {
      const owner = ownerOf(answer);
      const scope: { kind: TPracticeScope; slug?: string } | undefined = owner ? (slugOf(owner) ? { kind: owner[0], slug: slugOf(owner)! } : undefined) : { kind: "organisation" };
      return scope ? [{ scope, itemId: answer.itemId, status: answer.status as TAnswerStatus }] : [];
    }),
    evidence: evidence.flatMap((fact): TEvidenceFact[] => {
      const owner = ownerOf(fact);
      const slug = owner && slugOf(owner);
      if (!owner || !slug) return [];
      return [
        {
          subject: { kind: owner[0], slug },
          key: fact.key,
          value: JSON.parse(fact.value) as TFactValue,
          message: fact.message,
          location: { source: fact.source, ...(fact.file ? { file: fact.file } : {}), ...(fact.line ? { line: Number(fact.line) } : {}) },
          observedAt: new Date(fact.observedAt).toISOString(),
        },
      ];
    }),
  };
}
