export { demoDatabase, demoDatabaseFile, emptyDatabase, freshDatabase } from "./test-database.ts";
export { default as globalSetup } from "./global-setup.ts";
export { TEST_PASSWORD, testUser } from "./test-users.ts";
export { POSTGRES_BIN, startPostgresServer, type TPostgresServer } from "./postgres-server.ts";
