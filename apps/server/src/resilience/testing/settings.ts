/** The administrator the resilience tests' servers create at start-up. */
export const ADMIN = { email: "admin@example.test", password: "an administrator password" };

/** The demo users' password (the demo's editors sign in with it). */
export const DEMO_PASSWORD = "a demo password for tests";

/** The variable that sets how long the load test runs, in seconds. */
export const LOAD_SECONDS_VARIABLE = "TOPOGRAPH_LOAD_SECONDS";

/** 8 s by default, so `npm test` stays quick; the full size is 60 (`npm run test:load`). */
export function loadSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const value = env[LOAD_SECONDS_VARIABLE]?.trim();
  if (!value) return 8;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds < 1 || seconds > 3600) throw new Error(`${LOAD_SECONDS_VARIABLE}="${value}": give a number of seconds from 1 to 3600.`);
  return seconds;
}
