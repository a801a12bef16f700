import {
  AppError,
  buildSubjects,
  compileScorecard,
  filterAdmits,
  indexWaivers,
  scoreAll,
  scoreEntity,
  type TCompiledScorecard,
  type TScoreSummary,
  type TScoredKind,
  type TSubjectFacts,
} from "@topograph/domain";
import type { TDb } from "../catalog/integrity.ts";
import { getStoredScorecard, listStoredScorecards, type TStoredScorecard } from "./definitions.ts";
import { loadScoringSources } from "./sources.ts";
import { loadSubjectIds, type TSubjectIds } from "./subjects.ts";
import { loadActiveWaivers } from "./waivers.ts";

/** Everything needed to score: the facts of every entity, the ids behind them, and the waivers in force. */
export interface TScoringState {
  ids: TSubjectIds;
  subjects: Record<TScoredKind, TSubjectFacts[]>;
  now: Date;
  waiversOf(scorecardSlug: string): ReturnType<typeof indexWaivers>;
}

export async function loadScoringState(db: TDb, now: Date): Promise<TScoringState> {
  const ids = await loadSubjectIds(db);
  const [sources, waivers] = await Promise.all([loadScoringSources(db, ids), loadActiveWaivers(db, ids, now)]);
  const subjects = buildSubjects(sources);
  return {
    ids,
    subjects,
    now,
    waiversOf: (slug) => indexWaivers(waivers.filter((w) => w.scorecardSlug === slug), now),
  };
}

export interface TScorecardResults {
  stored: TStoredScorecard;
  compiled: TCompiledScorecard;
  results: TScoreSummary[];
}

export function scoreStored(state: TScoringState, stored: TStoredScorecard): TScorecardResults {
  const compiled = compileScorecard(stored.definition);
  return { stored, compiled, results: scoreAll(compiled, state.subjects[stored.definition.entityKind], state.waiversOf(stored.definition.slug)) };
}

/** Scores every entity of one scorecard. */
export async function scoreScorecard(db: TDb, slug: string, now: Date): Promise<TScorecardResults & { state: TScoringState }> {
  const [stored, state] = await Promise.all([getStoredScorecard(db, slug), loadScoringState(db, now)]);
  return { ...scoreStored(state, stored), state };
}

/** Every scorecard, every entity. */
export async function scoreEverything(db: TDb, now: Date): Promise<{ state: TScoringState; scorecards: TScorecardResults[] }> {
  const [stored, state] = await Promise.all([listStoredScorecards(db), loadScoringState(db, now)]);
  return { state, scorecards: stored.map((s) => scoreStored(state, s)) };
}

export function findSubjectFacts(state: TScoringState, kind: TScoredKind, slug: string): TSubjectFacts {
  const subject = state.subjects[kind].find((s) => s.slug === slug);
  if (!subject) throw AppError.notFound(kind.replace("-", " "), slug);
  return subject;
}

/** One entity on one scorecard, every rule explained. */
export async function evaluateEntity(db: TDb, slug: string, entity: { kind: TScoredKind; slug: string }, now: Date) {
  const [stored, state] = await Promise.all([getStoredScorecard(db, slug), loadScoringState(db, now)]);
  if (stored.definition.entityKind !== entity.kind) {
    throw AppError.invalid("entity.kind", `The scorecard "${stored.definition.name}" scores ${stored.definition.entityKind.replace("-", " ")}s, not ${entity.kind.replace("-", " ")}s.`);
  }
  const subject = findSubjectFacts(state, entity.kind, entity.slug);
  return {
    stored,
    inScope: filterAdmits(stored.definition.filter, subject),
    score: scoreEntity(compileScorecard(stored.definition), subject, state.waiversOf(stored.definition.slug)),
  };
}
