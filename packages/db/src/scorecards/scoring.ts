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
  type TWaiver,
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
  /** The waivers in force at `now`. */
  waivers: readonly TWaiver[];
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
    waivers,
    waiversOf: (slug) => indexWaivers(waivers.filter((w) => w.scorecardSlug === slug), now),
  };
}

export interface TScorecardResults {
  stored: TStoredScorecard;
  compiled: TCompiledScorecard;
  /** Shared by every caller scoring the same facts, version and waivers: never change it in place. */
  results: readonly TScoreSummary[];
}

/**
 * Results by the facts they were scored on (while those facts are cached, until the next write),
 * then by scorecard version and the waivers in force for it: everything a result depends on. A
 * scorecard page asks three times and a scenario page scores every scorecard; at enterprise scale
 * each scoring is a tenth of a second or more.
 */
const scoredByFacts = new WeakMap<object, Map<string, TScorecardResults>>();
/** Versions and waiver sets kept per facts read before the oldest are dropped. */
const RESULTS_PER_FACTS = 64;

export function scoreStored(state: TScoringState, stored: TStoredScorecard): TScorecardResults {
  const slug = stored.definition.slug;
  const waivers = state.waivers.filter((w) => w.scorecardSlug === slug);
  const key = JSON.stringify([stored.id, stored.version, waivers.map((w) => [w.id, w.ruleId, w.subject.kind, w.subject.slug])]);
  let scored = scoredByFacts.get(state.subjects);
  if (!scored) scoredByFacts.set(state.subjects, (scored = new Map()));
  const cached = scored.get(key);
  if (cached) return { ...cached, stored };
  const compiled = compileScorecard(stored.definition);
  const results = { stored, compiled, results: scoreAll(compiled, state.subjects[stored.definition.entityKind], state.waiversOf(slug)) };
  if (scored.size >= RESULTS_PER_FACTS) scored.delete(scored.keys().next().value!);
  scored.set(key, results);
  return results;
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
