import type { TScoredKind } from "@topograph/domain";
import type { TDb } from "../catalog/integrity.ts";

/** Entity columns of a row that belongs to one scored entity (waivers, scores, evidence). */
export type TSubjectColumns = { teamId?: string; boundedContextId?: string; componentId?: string; namespaceId?: string };

const COLUMN: Record<TScoredKind, keyof TSubjectColumns> = { team: "teamId", "bounded-context": "boundedContextId", component: "componentId", namespace: "namespaceId" };

export function subjectKey(kind: TScoredKind, id: string): string {
  return `${kind}:${id}`;
}

export function subjectColumns(kind: TScoredKind, id: string): TSubjectColumns {
  return { [COLUMN[kind]]: id };
}

/** The same, with every entity column present (null but the subject's), as a multi-row INSERT needs them. */
export function subjectRowColumns(kind: TScoredKind, id: string): Record<keyof TSubjectColumns, string | null> {
  return { teamId: null, boundedContextId: null, componentId: null, namespaceId: null, ...subjectColumns(kind, id) };
}

/** Slug ↔ id of every scored entity, read once per evaluation. */
export interface TSubjectIds {
  idOf(kind: TScoredKind, slug: string): string | undefined;
  /** The kind and slug behind a subject key, or undefined for an entity that no longer exists. */
  subjectOf(key: string): { kind: TScoredKind; slug: string } | undefined;
}

export async function loadSubjectIds(db: TDb): Promise<TSubjectIds> {
  const select = { id: true, slug: true } as const;
  const [teams, contexts, components, namespaces] = await Promise.all([
    db.team.findMany({ select }),
    db.boundedContext.findMany({ select }),
    db.component.findMany({ select }),
    db.namespace.findMany({ select }),
  ]);
  const rows: [TScoredKind, { id: string; slug: string }[]][] = [
    ["team", teams],
    ["bounded-context", contexts],
    ["component", components],
    ["namespace", namespaces],
  ];
  const bySlug = new Map(rows.map(([kind, list]) => [kind, new Map(list.map((row) => [row.slug, row.id]))]));
  const byKey = new Map(rows.flatMap(([kind, list]) => list.map((row) => [subjectKey(kind, row.id), { kind, slug: row.slug }] as const)));
  return { idOf: (kind, slug) => bySlug.get(kind)?.get(slug), subjectOf: (key) => byKey.get(key) };
}

/** Finds one entity by kind and slug, or says it does not exist. */
export async function findSubject(db: TDb, kind: TScoredKind, slug: string): Promise<{ id: string; name: string } | null> {
  const select = { id: true, name: true } as const;
  switch (kind) {
    case "team":
      return db.team.findUnique({ where: { slug }, select });
    case "bounded-context":
      return db.boundedContext.findUnique({ where: { slug }, select });
    case "component":
      return db.component.findUnique({ where: { slug }, select });
    case "namespace":
      return db.namespace.findUnique({ where: { slug }, select });
  }
}
