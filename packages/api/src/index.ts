import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "./root.ts";

export { appRouter, type AppRouter } from "./root.ts";
export { createContext, type TContext, type TContextOptions, type TJobPoke, type TOidcProvider } from "./context.ts";
// The server's OpenID Connect callback opens sessions as auth.signIn does: same cookie, same origin rules.
export { sessionCookie, sessionTokenFrom } from "./auth/cookies.ts";
export { requestOrigin, type TRequestOrigin } from "./auth/request-credentials.ts";
export { createRequestContext, identityResponseMeta, requestCaller, type TRequestContextOptions } from "./auth/request-context.ts";
export type { TRequestCaller } from "./auth/request-credentials.ts";
// The server holds file uploads to the floor under writes before reading their bodies.
export { writeRefusal } from "./auth/write-floor.ts";
export { SignInLimiter, SIGN_IN_LIMITS, type TSignInLimits } from "./auth/sign-in-limiter.ts";
export { TokenLimiter, TOKEN_LIMITS, type TTokenLimits } from "./auth/token-limiter.ts";
// The server refuses cross-site writes before tRPC runs (apps/server/src/http/csrf.ts).
export { crossSiteRefusal } from "./auth/cross-site.ts";
export { createCallerFactory, trpcErrorOf, type TErrorData } from "./trpc.ts";
export { ScoreRecorder } from "./scoring/score-recorder.ts";
export { JOB_BODIES, type TJobBody } from "./jobs/job-bodies.ts";
export { JobScheduler, type TJobSchedulerOptions } from "./jobs/job-scheduler.ts";

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
