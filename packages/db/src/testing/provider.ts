/** Which database the test helpers hand out: SQLite files (the default) or a PostgreSQL server's databases. */
export type TTestDatabaseProvider = "sqlite" | "postgres";

/** The environment variable choosing the test databases' provider: unset or `sqlite`, or `postgres`. */
export const TEST_DATABASE_VARIABLE = "TOPOGRAPH_TEST_DATABASE";

export function testDatabaseProvider(env: NodeJS.ProcessEnv = process.env): TTestDatabaseProvider {
  const value = env[TEST_DATABASE_VARIABLE]?.trim().toLowerCase();
  if (!value || value === "sqlite") return "sqlite";
  if (value === "postgres" || value === "postgresql") return "postgres";
  throw new Error(`${TEST_DATABASE_VARIABLE}="${env[TEST_DATABASE_VARIABLE]}": use sqlite (the default) or postgres.`);
}
