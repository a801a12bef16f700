import { expect } from "vitest";
import type { TCallResult, TPortalSession } from "./portal-session.ts";

const pick = <T>(values: readonly T[]): T => values[Math.floor(Math.random() * values.length)]!;

/** What one worker owns, so its writes never race another worker's and every version is known. */
export interface TWorker {
  index: number;
  writes: number;
  own: { id: string; slug: string; version: number };
  /** The version of its answer on its own component's checklist; absent before the first answer. */
  answerVersion?: number;
  updates: number;
  answers: number;
}

/** Writes the portal acknowledged (answered 200) that are not a worker's own, and the conflicts it answered instead. */
export interface TTally {
  componentsCreated: number;
  teamsCreated: number;
  scenariosDrafted: number;
  contendedWins: number;
  contendedConflicts: number;
}

export interface TPortalFacts {
  componentSlugs: string[];
  teamSlugs: string[];
  itemId: string;
  contended: { id: string; slug: string };
}

/** One kind of request in the mix, with its share of the requests. */
export interface TOperation {
  name: string;
  weight: number;
  run: (session: TPortalSession, worker: TWorker, context: TRunContext) => Promise<void>;
}
/** Times a call under its operation's name and notes a failure; `expected` lists statuses that are no failure. */
export type TCallRecorder = <T>(operation: string, answer: Promise<TCallResult<T>>, expected?: number[]) => Promise<TCallResult<T>>;
export interface TRunContext {
  facts: TPortalFacts;
  tally: TTally;
  call: TCallRecorder;
}

const SEARCH_TEXT = ["service", "team", "order", "payment", "b-", "gateway", "load"];

/**
 * The load test's mix of requests: reads of lists, search and entity pages, and writes that each
 * worker can account for (creates with unique slugs, updates of its own component from the version
 * it holds, answers on its own checklist, scenario drafts), plus updates of one shared component
 * that some workers lose on purpose.
 */
export const OPERATIONS: TOperation[] = [
  { name: "list components", weight: 15, run: async (s, _w, { call }) => void (await call("list components", s.query("component.list", { limit: 20 }))) },
  { name: "list teams", weight: 10, run: async (s, _w, { call }) => void (await call("list teams", s.query("team.list", { limit: 20 }))) },
  { name: "search", weight: 15, run: async (s, _w, { call }) => void (await call("search", s.query("search.query", { q: pick(SEARCH_TEXT) }))) },
  {
    name: "component page",
    weight: 20,
    run: async (s, _w, { facts, call }) => {
      const slug = pick(facts.componentSlugs);
      await call("component page", s.query("component.get", { slug }));
      await call("component page", s.query("checklist.get", { scope: { kind: "component", slug } }));
    },
  },
  { name: "team page", weight: 10, run: async (s, _w, { facts, call }) => void (await call("team page", s.query("team.get", { slug: pick(facts.teamSlugs) }))) },
  {
    name: "create component",
    weight: 6,
    run: async (s, w, { facts, tally, call }) => {
      const slug = `load-c-${w.index}-${++w.writes}`;
      const answer = await call("create component", s.mutate("component.create", { name: slug, slug, kind: "microservice", ownerTeamSlugs: [pick(facts.teamSlugs)] }));
      if (answer.status === 200) tally.componentsCreated++;
    },
  },
  {
    name: "create team",
    weight: 3,
    run: async (s, w, { tally, call }) => {
      const slug = `load-t-${w.index}-${++w.writes}`;
      if ((await call("create team", s.mutate("team.create", { name: slug, slug, type: "platform" }))).status === 200) tally.teamsCreated++;
    },
  },
  {
    name: "update component",
    weight: 8,
    run: async (s, w, { call }) => {
      const answer = await call("update component", s.mutate<{ version: number }>("component.update", { id: w.own.id, version: w.own.version, description: `Update ${w.updates + 1} by worker ${w.index}` }));
      if (answer.status === 200) {
        w.own.version = answer.data!.version;
        w.updates++;
      }
    },
  },
  {
    name: "answer checklist",
    weight: 6,
    run: async (s, w, { facts, call }) => {
      const input = { scope: { kind: "component", slug: w.own.slug }, itemId: facts.itemId, ...(w.answerVersion ? { version: w.answerVersion } : {}), status: pick(["adopted", "partial", "not-adopted"]), answeredBy: "Load test" };
      const answer = await call("answer checklist", s.mutate<{ version: number }>("checklist.setAnswer", input));
      if (answer.status === 200) {
        w.answerVersion = answer.data!.version;
        w.answers++;
      }
    },
  },
  {
    // Every worker edits one shared component from the version it just read: some lose the race, on purpose.
    // Every edit says something new: an update that changes nothing is not audited.
    name: "contended update",
    weight: 4,
    run: async (s, w, { facts, tally, call }) => {
      const current = await call("contended update", s.query<{ version: number }>("component.get", { slug: facts.contended.slug }));
      if (current.status !== 200) return;
      const answer = await call("contended update", s.mutate("component.update", { id: facts.contended.id, version: current.data!.version, description: `Edit ${++w.writes} by worker ${w.index}` }), [409]);
      if (answer.status === 200) tally.contendedWins++;
      if (answer.status === 409) {
        tally.contendedConflicts++;
        expect(answer.error?.message).toMatch(/was changed by someone else while you edited it/);
      }
    },
  },
  {
    // An edit from a version long gone: refused inside its transaction, which rolls back.
    name: "stale update",
    weight: 4,
    run: async (s, w, { facts, tally, call }) => {
      const answer = await call("stale update", s.mutate("component.update", { id: facts.contended.id, version: 1, description: `Stale edit ${++w.writes} by worker ${w.index}` }), [409]);
      if (answer.status === 200) tally.contendedWins++;
      if (answer.status === 409) tally.contendedConflicts++;
    },
  },
  {
    // Drafting a scenario writes outside any transaction: it must survive the rollback of a refused edit beside it.
    name: "draft scenario",
    weight: 3,
    run: async (s, w, { tally, call }) => {
      if ((await call("draft scenario", s.mutate("scenario.create", { name: `Load ${w.index}-${++w.writes}`, description: "" }))).status === 200) tally.scenariosDrafted++;
    },
  },
];
const TOTAL_WEIGHT = OPERATIONS.reduce((sum, operation) => sum + operation.weight, 0);

export function nextOperation(): TOperation {
  let roll = Math.random() * TOTAL_WEIGHT;
  for (const operation of OPERATIONS) if ((roll -= operation.weight) < 0) return operation;
  return OPERATIONS.at(-1)!;
}
