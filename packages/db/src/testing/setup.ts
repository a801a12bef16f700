import { afterAll } from "vitest";
import { closeTestDatabases } from "./test-database.ts";

// Runs before each test file (vitest `setupFiles`): once the file is done, its PostgreSQL test
// databases are disconnected and dropped. Registered first, this hook runs after the file's own.
afterAll(closeTestDatabases);
