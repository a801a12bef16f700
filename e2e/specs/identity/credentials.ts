/**
 * Test-only sign-in secrets: the e2e server starts with these (playwright.config.ts webServer.env),
 * so its first administrator and the demo users are known to the specs. Never used outside tests.
 */
export const E2E_ADMIN = { email: "admin@e2e.example.com", password: "e2e admin password only" };
/** Where the setup project keeps the administrator's signed-in browser state for every other spec. */
export const ADMIN_STORAGE_STATE = new URL("../../.auth/administrator.json", import.meta.url).pathname;

/** For specs about what anonymous visitors see: a browser with no session. */
export const ANONYMOUS = { cookies: [], origins: [] };

export const E2E_DEMO_PASSWORD = "e2e demo password only";

/** Daichi Kato leads the demo's team B; every demo team member has an editor account. */
export const TEAM_B_LEAD = { email: "daichi.kato@example.com", name: "Daichi Kato", password: E2E_DEMO_PASSWORD };
/** Aiko Sato leads the demo's team A, which strongly owns a-service (the organisation's default mode). */
export const TEAM_A_LEAD = { email: "aiko.sato@example.com", name: "Aiko Sato", password: E2E_DEMO_PASSWORD };
