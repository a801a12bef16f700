import fs from "node:fs";
import http from "node:http";
import { appRouter, createRequestContext, identityResponseMeta, SignInLimiter, TokenLimiter, type ScoreRecorder, type TJobPoke } from "@topograph/api";
import type { TDatabase } from "@topograph/db";
import { MAX_CALLS_PER_BATCH } from "@topograph/domain";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import sirv from "sirv";
import { refuseCrossSiteWrite } from "./csrf.ts";
import { handleLiveness, handleReadiness } from "./health.ts";
import { FILE_BODY_LIMITS, readLimitedBody } from "./request-body.ts";
import { securityHeaders } from "./security-headers.ts";
import { uploadCallers } from "./upload-caller.ts";
import { traceRequest } from "../telemetry/request-span.ts";
import { accessLog } from "../logging/access-log.ts";
import { entryLog, silentLogger, type TLogEntryFn, type TLogger } from "../logging/logger.ts";
import { createOidcRoutes } from "./oidc-routes.ts";
import type { TOidcSettings } from "./oidc-settings.ts";

export interface TAppOptions {
  db: TDatabase;
  /** One recorder per process, so bursts of writes share a recording and recordings never overlap. */
  scores: ScoreRecorder;
  /** Folders evidence.scan may read. */
  scanRoots?: readonly string[];
  /** Hosts evidence.scan may clone from. */
  scanGitHosts?: readonly string[];
  /** Folder of the built web app; when missing, only the API and health endpoints are served. */
  webDist: string;
  /** TOPOGRAPH_TRUST_PROXY: believe the forwarded client address and scheme of the one proxy in front. */
  trustProxy?: boolean;
  /** Failed sign-ins per email and address; one per process. */
  signInLimiter?: SignInLimiter;
  /** Failed bearer tokens per address and requests per token; one per process. */
  tokenLimiter?: TokenLimiter;
  /** Sign-in through an OpenID Connect provider (TOPOGRAPH_OIDC_*); off when absent. */
  oidc?: TOidcSettings | null;
  /** TOPOGRAPH_ANONYMOUS_READ: callers who are not signed in may read the catalog (never change it). */
  anonymousRead?: boolean;
  /** This process's scheduled jobs, told at once when an administrator asks for a run; none in tests that run no jobs. */
  jobScheduler?: TJobPoke | null;
  /** An HTTP server span around each request (the tracing SDK must be started: telemetry/tracing.ts); off when absent. */
  traceRequests?: boolean;
  /** Access lines and request IDs; main passes the process's logger, tests that read no log leave it silent. */
  logger?: TLogger;
  /** The app's own events as `{ severity, message, ...fields }`; through `logger` unless given. */
  log?: TLogEntryFn;
}

/** The HTTP surface: tRPC at /trpc, health probes, and the single-page web app for everything else. */
export function createApp({
  db,
  scores,
  scanRoots = [],
  scanGitHosts = [],
  webDist,
  trustProxy = false,
  signInLimiter = new SignInLimiter(),
  tokenLimiter = new TokenLimiter(),
  oidc = null,
  anonymousRead = false,
  jobScheduler = null,
  traceRequests = false,
  logger = silentLogger(),
  log = entryLog(logger),
}: TAppOptions) {
  let shuttingDown = false;
  const oidcRoutes = oidc ? createOidcRoutes({ db, settings: oidc, trustProxy, log }) : null;
  // The sign-in page learns of the provider through auth.providers; the settings' secrets stay here.
  const oidcProvider = oidc ? { label: oidc.label } : null;
  const uploads = uploadCallers({ db, trustProxy, tokenLimiter });
  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: "/trpc/",
    // Bodies reach tRPC read already, each within its procedure's limit (request-body.ts); this only backs that up.
    maxBodySize: Math.max(...Object.values(FILE_BODY_LIMITS)),
    maxBatchSize: MAX_CALLS_PER_BATCH,
    // Each request acts for the user its bearer token or session cookie names (anonymous otherwise).
    createContext: ({ req }) =>
      createRequestContext({ db, scores, scanRoots, scanGitHosts, signInLimiter, tokenLimiter, trustProxy, oidc: oidcProvider, anonymousRead, jobScheduler }, req, uploads.callerOf(req)),
    // Sign-in and sign-out set the session cookie through the context.
    responseMeta: identityResponseMeta,
    onError: ({ error, path, type, req }) => {
      if (error.code === "INTERNAL_SERVER_ERROR") {
        log({ severity: "ERROR", message: error.message, path, type, requestId: req.headers["x-request-id"], stack: error.cause?.stack ?? error.stack });
      }
    },
  });
  const web = fs.existsSync(webDist)
    ? sirv(webDist, {
        single: true,
        etag: true,
        // The build writes .br and .gz beside each text asset (apps/web/vite.config.ts): the one the browser
        // accepts is sent with its Content-Encoding and `Vary: Accept-Encoding`, the plain file otherwise.
        brotli: true,
        gzip: true,
        setHeaders: (res, pathname) => {
          // Vite fingerprints everything under /assets; index.html must always be revalidated.
          res.setHeader("cache-control", pathname.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
        },
      })
    : null;

  const setSecurityHeaders = securityHeaders(trustProxy);
  const handle = (req: http.IncomingMessage, res: http.ServerResponse, spanTraceId?: string) => {
    accessLog(logger, req, res, spanTraceId);
    // While draining, keep-alive clients are told to reconnect, so they reach another replica.
    if (shuttingDown) res.setHeader("connection", "close");
    setSecurityHeaders(req, res);
    const url = req.url ?? "/";
    if (url.startsWith("/trpc/")) {
      // Cookie-signed writes from other sites, and uploads by callers who may not write, are refused before their bodies are read.
      if (refuseCrossSiteWrite(req, res, trustProxy)) return;
      return uploads.admit(req, res, () => readLimitedBody(req, res, () => void trpc(req, res)));
    }
    if (url === "/healthz") return handleLiveness(req, res);
    if (url === "/readyz") return void handleReadiness(res, db, shuttingDown);
    if (oidcRoutes && url.startsWith("/auth/oidc/")) return oidcRoutes(req, res);
    // Client routes may contain dots (e.g. /decisions/delivery.model), which the static handler
    // takes for missing files: a browser asking for a page gets the app, anything else a 404.
    if (web) {
      return web(req, res, () => {
        if (!wantsPage(req)) return notFound(res);
        req.url = "/";
        web(req, res, () => notFound(res));
      });
    }
    notFound(res);
  };
  // Without tracing, requests skip the span machinery entirely.
  const listener = traceRequests ? (req: http.IncomingMessage, res: http.ServerResponse) => traceRequest(req, res, (traceId) => handle(req, res, traceId)) : handle;
  const server = http.createServer(listener);
  // A client that asks before sending a body (Expect: 100-continue) to /trpc/ is invited only once nothing refused it on its
  // head (its size, its caller): request-body.ts invites it as it starts reading, so a refused one never sends a byte.
  server.on("checkContinue", (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!(req.url ?? "").startsWith("/trpc/")) res.writeContinue();
    listener(req, res);
  });
  return {
    server,
    /** Marks the server unready so load balancers stop sending traffic before it closes. */
    beginShutdown() {
      shuttingDown = true;
    },
  };
}

function wantsPage(req: http.IncomingMessage): boolean {
  return (req.method === "GET" || req.method === "HEAD") && (req.headers.accept ?? "").includes("text/html");
}

function notFound(res: http.ServerResponse) {
  res.writeHead(404, { "content-type": "text/plain" });
  res.end("Not found");
}
