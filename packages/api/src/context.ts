import { teamsOf, type TDatabase, type TFacts } from "@topograph/db";
import type { SearchIndex, TActor, TPlanningCatalog } from "@topograph/domain";
import { ANONYMOUS, type TRequestCaller, type TRequestOrigin } from "./auth/request-credentials.ts";
import { SignInLimiter } from "./auth/sign-in-limiter.ts";
import { ScoreRecorder } from "./scoring/score-recorder.ts";

/**
 * What every procedure can reach. Built without a request so tests call procedures through
 * `createCaller` on a real database; the HTTP server resolves the caller per request
 * (auth/request-context.ts).
 */
export interface TContext extends TRequestCaller {
  db: TDatabase;
  /** The time procedures treat as now: waivers expire and history is stamped by it. */
  now: () => Date;
  scores: ScoreRecorder;
  /** The facts every entity is scored on, cached until the next write (see ReadCache). */
  facts: () => Promise<TFacts>;
  /** Today's catalog as the team-boundary planner reads it, cached until the next write. */
  planningCatalog: () => Promise<TPlanningCatalog>;
  /** The search box's index of every entity, cached until the next write. */
  searchIndex: () => Promise<SearchIndex>;
  /** Directories evidence.scan may read on this server (TOPOGRAPH_SCAN_ROOTS); none by default. */
  scanRoots: readonly string[];
  /** Hosts evidence.scan may clone git repositories from (TOPOGRAPH_SCAN_GIT_HOSTS); none by default. */
  scanGitHosts: readonly string[];
  /** Where the request came from: the sign-in limit counts per address; cookies are Secure over TLS. */
  origin: TRequestOrigin;
  /** The OpenID Connect provider people may sign in through (its button label), when one is configured. */
  oidc: TOidcProvider | null;
  /** One per process: failed sign-ins per email and address. */
  signInLimiter: SignInLimiter;
  /** Set-Cookie values for the response (sign-in, sign-out); the HTTP adapter sends them (identityResponseMeta). */
  responseCookies: string[];
  /** TOPOGRAPH_ANONYMOUS_READ: callers who are not signed in may read (never write). */
  anonymousRead: boolean;
  /** The signed-in user with their teams, as permission checks read them; null when anonymous. Loaded once per call. */
  actor: () => Promise<TActor | null>;
  /** This process's job scheduler, told when someone asks for a run; null where none runs (tests, the CLI). */
  jobScheduler: TJobPoke | null;
}

/** What a procedure may ask of the scheduler: look for due jobs now. */
export interface TJobPoke {
  poke(): void;
}

/** What the sign-in page needs to know of the configured OpenID Connect provider; the server holds the rest. */
export interface TOidcProvider {
  label: string;
}

export interface TContextOptions {
  db: TDatabase;
  oidc?: TOidcProvider | null;
  now?: () => Date;
  scores?: ScoreRecorder;
  scanRoots?: readonly string[];
  scanGitHosts?: readonly string[];
  signInLimiter?: SignInLimiter;
  /** Who calls; anonymous unless given. */
  caller?: TRequestCaller;
  origin?: TRequestOrigin;
  anonymousRead?: boolean;
  jobScheduler?: TJobPoke | null;
}

export function createContext(options: TContextOptions): TContext {
  const now = options.now ?? (() => new Date());
  const scores = options.scores ?? new ScoreRecorder(options.db, now);
  const caller = options.caller ?? ANONYMOUS;
  let actor: Promise<TActor | null> | undefined;
  return {
    db: options.db,
    now,
    scores,
    facts: () => scores.facts.get(),
    planningCatalog: () => scores.planning.get(),
    searchIndex: () => scores.search.get(),
    scanRoots: options.scanRoots ?? [],
    scanGitHosts: options.scanGitHosts ?? [],
    oidc: options.oidc ?? null,
    ...caller,
    origin: options.origin ?? { ip: "local", secure: false },
    signInLimiter: options.signInLimiter ?? new SignInLimiter(),
    responseCookies: [],
    anonymousRead: options.anonymousRead ?? false,
    actor: () => (actor ??= actorOf(options.db, caller)),
    jobScheduler: options.jobScheduler ?? null,
  };
}

async function actorOf(db: TDatabase, caller: TRequestCaller): Promise<TActor | null> {
  const { user } = caller;
  return user ? { userId: user.id, role: user.role, teams: await teamsOf(db, user.email) } : null;
}
