// `npm run db:seed`: migrates the database and, if it was never initialised and holds no data,
// loads the design article's demo organisation with its demo users. The server does the same on its
// first start (and reads TOPOGRAPH_ADMIN_EMAIL, TOPOGRAPH_ADMIN_PASSWORD and TOPOGRAPH_DEMO_PASSWORD alike).
import { createDatabase, DEFAULT_DATABASE_URL, initialiseCatalog, initialiseIdentity, migrateDatabase } from "@topograph/db";
import { setupLink } from "@topograph/domain";

const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
await migrateDatabase(url);
const db = createDatabase(url);
const catalog = await initialiseCatalog(db, { loadDemo: true });
console.log(`Catalog at ${url}: ${catalog}`);
const { firstAdministrator, demoUsers } = await initialiseIdentity(
  db,
  catalog,
  { adminEmail: process.env.TOPOGRAPH_ADMIN_EMAIL || undefined, adminPassword: process.env.TOPOGRAPH_ADMIN_PASSWORD || undefined, demoPassword: process.env.TOPOGRAPH_DEMO_PASSWORD || undefined },
  new Date(),
);
if (firstAdministrator.kind === "administrator-created") console.log(`First administrator: ${firstAdministrator.email}`);
// The server issues a fresh link on every start while there is no administrator; this one works until then.
if (firstAdministrator.kind === "setup-link") console.log(`No administrator yet: open ${setupLink(firstAdministrator.token)} on the server before restarting it (each start prints a new link).`);
if (demoUsers?.generated) console.log(`Demo users (${demoUsers.emails.length}) sign in with their member email and the password ${demoUsers.password} (shown only now).`);
await db.$disconnect();
