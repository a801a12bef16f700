import { parseArgs } from "node:util";
import type { AppRouter, RouterOutputs } from "@topograph/api";
import { createDatabase, evaluateEntity } from "@topograph/db";
import { SCORED_KINDS, type TScoredKind } from "@topograph/domain";
import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";

export const CHECK_USAGE = `Usage: topograph check --scorecard <id> (--component <slug> | --entity <kind>:<slug>) --min-level <level> [options]

Evaluates one entity on one scorecard, prints the rules that keep it below the minimum level,
and exits non-zero when its level is below it. For CI pipelines.

Options:
  --scorecard <id>        scorecard ID (its slug), e.g. deployment-readiness
  --component <slug>      the component to check
  --entity <kind>:<slug>  any scored entity: component, team, bounded-context or namespace
  --min-level <level>     the lowest acceptable level, e.g. Silver
  --format text|json      output format (default: text)
  --server <url>          a running Topograph server (default: $TOPOGRAPH_URL)
  --token <token>         API token sent as a bearer token (default: $TOPOGRAPH_TOKEN); one the
                          server refuses (revoked, expired) stops the check with exit 3
  --database <file: URL>  read a local database file instead of a server (default: $DATABASE_URL)

Exit codes: 0 at or above the minimum level, 1 below it, 2 bad usage, 3 could not evaluate.`;

export const EXIT = { passed: 0, belowMinimum: 1, usage: 2, unavailable: 3 } as const;

type TEvaluation = Pick<RouterOutputs["scorecard"]["evaluate"], "scorecard" | "entity" | "level" | "levelIndex" | "score" | "rules" | "inScope">;

export interface TCheckIo {
  env: Record<string, string | undefined>;
  out: (line: string) => void;
  err: (line: string) => void;
}

class UsageError extends Error {}

function parseCheckArgs(args: string[], env: TCheckIo["env"]) {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      scorecard: { type: "string" },
      component: { type: "string" },
      entity: { type: "string" },
      "min-level": { type: "string" },
      format: { type: "string", default: "text" },
      server: { type: "string" },
      token: { type: "string" },
      database: { type: "string" },
    },
  });
  if (!values.scorecard) throw new UsageError("--scorecard is required.");
  if (!values["min-level"]) throw new UsageError("--min-level is required.");
  if (values.format !== "text" && values.format !== "json") throw new UsageError(`--format must be text or json, got "${values.format}".`);
  if (Boolean(values.component) === Boolean(values.entity)) throw new UsageError("Give exactly one of --component <slug> or --entity <kind>:<slug>.");
  let entity: { kind: TScoredKind; slug: string };
  if (values.component) entity = { kind: "component", slug: values.component };
  else {
    const [kind, slug] = values.entity!.split(/:(.*)/s);
    if (!(SCORED_KINDS as readonly string[]).includes(kind ?? "") || !slug) throw new UsageError(`--entity must be <kind>:<slug> with kind one of ${SCORED_KINDS.join(", ")}, got "${values.entity}".`);
    entity = { kind: kind as TScoredKind, slug };
  }
  const server = values.server ?? (values.database ? undefined : env.TOPOGRAPH_URL);
  const database = values.database ?? (server ? undefined : env.DATABASE_URL);
  if (!server && !database) throw new UsageError("Say where to read from: --server <url> (or TOPOGRAPH_URL) or --database <file: URL> (or DATABASE_URL).");
  return { scorecard: values.scorecard, entity, minLevel: values["min-level"], format: values.format, server, token: values.token ?? env.TOPOGRAPH_TOKEN, database };
}

async function evaluateOnServer(url: string, token: string | undefined, scorecardId: string, entity: { kind: TScoredKind; slug: string }): Promise<TEvaluation> {
  const client = createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${url.replace(/\/$/, "")}/trpc`, headers: () => (token ? { authorization: `Bearer ${token}` } : {}) })],
  });
  // A token given on purpose must work: a pipeline learns of a revoked or expired token here,
  // not from a gate that happens to pass while reading anonymously.
  if (token) {
    const { credentialProblem } = await client.auth.me.query();
    if (credentialProblem) throw new Error(`the server refused the API token: ${credentialProblem}`);
  }
  return client.scorecard.evaluate.query({ scorecardId, entity });
}

async function evaluateLocally(url: string, scorecardId: string, entity: { kind: TScoredKind; slug: string }): Promise<TEvaluation> {
  const db = createDatabase(url);
  try {
    const { stored, inScope, score } = await evaluateEntity(db, scorecardId, entity, new Date());
    return { scorecard: { slug: stored.definition.slug, name: stored.definition.name, ladder: stored.definition.ladder }, inScope, ...score };
  } finally {
    await db.$disconnect();
  }
}

const MARK = { fail: "✗", unknown: "?", pass: "✓", waived: "~" } as const;

/** Runs the gate; returns the exit code instead of exiting, so it can be specified in tests. */
export async function runCheck(args: string[], io: TCheckIo): Promise<number> {
  let options: ReturnType<typeof parseCheckArgs>;
  try {
    options = parseCheckArgs(args, io.env);
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${CHECK_USAGE}`);
    return EXIT.usage;
  }
  let evaluation: TEvaluation;
  try {
    evaluation = options.server ? await evaluateOnServer(options.server, options.token, options.scorecard, options.entity) : await evaluateLocally(options.database!, options.scorecard, options.entity);
  } catch (error) {
    const message = error instanceof TRPCClientError || error instanceof Error ? error.message : String(error);
    io.err(`Could not evaluate ${options.entity.kind} "${options.entity.slug}" on "${options.scorecard}": ${message}`);
    return EXIT.unavailable;
  }
  const ladder = evaluation.scorecard.ladder.map((l) => l.name);
  const minIndex = ladder.indexOf(options.minLevel);
  if (minIndex < 0) {
    io.err(`"${options.minLevel}" is not a level of ${evaluation.scorecard.name}; its levels are ${ladder.join(", ")}.`);
    return EXIT.usage;
  }
  const passed = evaluation.levelIndex >= minIndex;
  // The rules to fix: failing or unknown at the minimum level or below.
  const blocking = evaluation.rules.filter((r) => ladder.indexOf(r.level) <= minIndex && (r.status === "fail" || r.status === "unknown"));
  if (options.format === "json") {
    io.out(
      JSON.stringify({
        entity: evaluation.entity,
        scorecard: { id: evaluation.scorecard.slug, name: evaluation.scorecard.name },
        level: evaluation.level,
        score: evaluation.score,
        minLevel: options.minLevel,
        passed,
        inScope: evaluation.inScope,
        blocking: blocking.map(({ id, level, status, message }) => ({ id, level, status, message })),
        rules: evaluation.rules.map(({ id, level, status, message }) => ({ id, level, status, message })),
      }),
    );
  } else {
    io.out(`${evaluation.entity.name} (${evaluation.entity.kind} ${evaluation.entity.slug}) on ${evaluation.scorecard.name}: ${evaluation.level ?? "below " + ladder[0]}, score ${evaluation.score}%`);
    if (!evaluation.inScope) io.out("Note: the scorecard's filter does not cover this entity.");
    io.out(`Minimum ${options.minLevel}: ${passed ? "passed" : "NOT MET"}`);
    for (const rule of blocking) {
      io.out(`  ${MARK[rule.status]} [${rule.level}] ${rule.id}: ${rule.message}`);
      if (rule.remediation) io.out(`      Fix: ${rule.remediation}`);
    }
  }
  return passed ? EXIT.passed : EXIT.belowMinimum;
}

export async function checkCommand(args: string[]): Promise<void> {
  process.exitCode = await runCheck(args, { env: process.env, out: (line) => console.log(line), err: (line) => console.error(line) });
}
