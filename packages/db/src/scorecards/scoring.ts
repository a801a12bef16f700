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

/** The facts of every entity: the expensive part of scoring, which callers may cache until the next write. */
export interface TFacts {
  ids: TSubjectIds;
  subjects: Record<TScoredKind, TSubjectFacts[]>;
}

export async function loadFacts(db: TDb): Promise<TFacts> {
  const ids = await loadSubjectIds(db);
  return { ids, subjects: buildSubjects(await loadScoringSources(db, ids)) };
}

/** Facts (given, or read now) plus the waivers in force at `now`, which are always read fresh. */
export async function loadScoringState(db: TDb, now: Date, facts?: TFacts): Promise<TScoringState> {
  const { ids, subjects } = facts ?? (await loadFacts(db));
  const waivers = await loadActiveWaivers(db, ids, now);
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
export async function scoreScorecard(db: TDb, slug: string, now: Date, facts?: TFacts): Promise<TScorecardResults & { state: TScoringState }> {
  const [stored, state] = await Promise.all([getStoredScorecard(db, slug), loadScoringState(db, now, facts)]);
  return { ...scoreStored(state, stored), state };
}

/** Every scorecard, every entity. */
export async function scoreEverything(db: TDb, now: Date, facts?: TFacts): Promise<{ state: TScoringState; scorecards: TScorecardResults[] }> {
  const [stored, state] = await Promise.all([listStoredScorecards(db), loadScoringState(db, now, facts)]);
  return { state, scorecards: stored.map((s) => scoreStored(state, s)) };
}

export function findSubjectFacts(state: TScoringState, kind: TScoredKind, slug: string): TSubjectFacts {
  const subject = state.subjects[kind].find((s) => s.slug === slug);
  if (!subject) throw AppError.notFound(kind.replace("-", " "), slug);
  return subject;
}

/** One entity on one scorecard, every rule explained. */
export async function evaluateEntity(db: TDb, slug: string, entity: { kind: TScoredKind; slug: string }, now: Date, facts?: TFacts) {
  const [stored, state] = await Promise.all([getStoredScorecard(db, slug), loadScoringState(db, now, facts)]);
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
