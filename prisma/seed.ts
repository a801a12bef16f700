// `npm run db:seed`: migrates the database and, if it was never initialised and holds no data,
// loads the design article's demo organisation. The server does the same on its first start.
import { createDatabase, DEFAULT_DATABASE_URL, initialiseCatalog, migrateDatabase } from "@topograph/db";

const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
await migrateDatabase(url);
const db = createDatabase(url);
console.log(`Catalog at ${url}: ${await initialiseCatalog(db, { loadDemo: true })}`);
await db.$disconnect();
