export { demoDatabase, demoDatabaseFile, emptyDatabase, freshDatabase } from "./test-database.ts";
export { default as globalSetup } from "./global-setup.ts";
