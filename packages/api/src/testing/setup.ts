import { afterAll } from "vitest";
import { settleScoreRecorders } from "./caller.ts";

// Runs before each test file (vitest `setupFiles`, after packages/db's setup.ts): once the file is
// done, the score recordings its writes started finish before its databases are closed. Registered
// after packages/db's hook, this one runs before it.
afterAll(settleScoreRecorders);
