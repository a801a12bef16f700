import type { TInitialisation } from "../seed/load-catalog.ts";
import type { TDb } from "../catalog/integrity.ts";
import { createDemoUsers } from "./demo-users.ts";
import { prepareFirstAdministrator, type TFirstAdministrator } from "./first-administrator.ts";
import { randomHex } from "./secrets.ts";

export interface TIdentityConfiguration {
  /** TOPOGRAPH_ADMIN_EMAIL and TOPOGRAPH_ADMIN_PASSWORD: the first administrator, if none exists. */
  adminEmail?: string;
  adminPassword?: string;
  /** TOPOGRAPH_DEMO_PASSWORD: the demo users' password; a random one is made (and reported) when unset. */
  demoPassword?: string;
}

export interface TIdentityInitialisation {
  firstAdministrator: TFirstAdministrator;
  /** Only when the demo organisation was loaded by this start. */
  demoUsers: { emails: string[]; password: string; generated: boolean } | null;
}

/**
 * Start-up's identity step, after the catalog's: the first administrator (or a setup link) while
 * there is none, then demo accounts for the demo teams' members if the demo was just loaded, so
 * demo accounts exist only beside the demo organisation and never with a password every install shares.
 */
export async function initialiseIdentity(db: TDb, catalog: TInitialisation, configuration: TIdentityConfiguration, now: Date): Promise<TIdentityInitialisation> {
  const firstAdministrator = await prepareFirstAdministrator(db, { email: configuration.adminEmail, password: configuration.adminPassword }, now);
  if (catalog !== "demo-loaded") return { firstAdministrator, demoUsers: null };
  const password = configuration.demoPassword ?? randomHex(8);
  const emails = await createDemoUsers(db, password);
  return { firstAdministrator, demoUsers: { emails, password, generated: configuration.demoPassword === undefined } };
}
