import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "./root.ts";

export { appRouter, type AppRouter } from "./root.ts";
export { createContext, type TContext } from "./context.ts";
export { createCallerFactory, type TErrorData } from "./trpc.ts";
export { ScoreRecorder } from "./scoring/score-recorder.ts";

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
