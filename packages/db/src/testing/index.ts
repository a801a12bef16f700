export { closeTestDatabases, demoDatabase, demoDatabaseFile, emptyDatabase, freshDatabase, freshSqliteDatabase, type TTestDatabase } from "./test-database.ts";
export { default as globalSetup } from "./global-setup.ts";
export { TEST_PASSWORD, testUser } from "./test-users.ts";
export { POSTGRES_BIN, startPostgresServer, type TPostgresServer } from "./postgres-server.ts";
export { TEST_DATABASE_VARIABLE, testDatabaseProvider, type TTestDatabaseProvider } from "./provider.ts";
