import { DEMO_ORGANISATION } from "@topograph/domain";
import { describe, expect, it } from "vitest";
import { freshDatabase } from "../testing/test-database.ts";
import { initialiseCatalog } from "../seed/load-catalog.ts";
import { initialiseIdentity } from "./initialise-identity.ts";
import { signIn } from "./sign-in.ts";

const now = new Date("2026-03-01T09:00:00Z");
const memberCount = DEMO_ORGANISATION.teams.flatMap((team) => team.members).length;

describe("identity on start-up", () => {
  it("gives the demo teams' members accounts only when the demo organisation was just loaded", async () => {
    const { db } = freshDatabase();
    const catalog = await initialiseCatalog(db, { loadDemo: true });
    const result = await initialiseIdentity(db, catalog, { demoPassword: "demo password for everyone" }, now);
    expect(result.demoUsers).toMatchObject({ password: "demo password for everyone", generated: false });
    expect(result.demoUsers?.emails).toHaveLength(memberCount);
    const { user } = await signIn(db, { email: "daichi.kato@example.com", password: "demo password for everyone" }, now);
    expect(user).toMatchObject({ name: "Daichi Kato", role: "editor" });

    const restart = await initialiseIdentity(db, await initialiseCatalog(db, { loadDemo: true }), { demoPassword: "demo password for everyone" }, now);
    expect(restart.demoUsers).toBeNull();
    expect(await db.user.count()).toBe(memberCount);
  });

  it("makes up a random demo password when none is configured, so no install shares one", async () => {
    const [a, b] = [freshDatabase().db, freshDatabase().db];
    const results = [];
    for (const db of [a, b]) results.push(await initialiseIdentity(db, await initialiseCatalog(db, { loadDemo: true }), {}, now));
    const [first, second] = results.map((result) => result.demoUsers!);
    expect(first).toMatchObject({ generated: true });
    expect(first!.password).toHaveLength(16);
    expect(first!.password).not.toBe(second!.password);
    await expect(signIn(a, { email: "emi.abe@example.com", password: first!.password }, now)).resolves.toBeTruthy();
  });

  it("creates no demo accounts without the demo, and prints a setup link while no administrator exists", async () => {
    const { db } = freshDatabase();
    const result = await initialiseIdentity(db, await initialiseCatalog(db, { loadDemo: false }), { demoPassword: "demo password for everyone" }, now);
    expect(result).toMatchObject({ demoUsers: null, firstAdministrator: { kind: "setup-link" } });
    expect(await db.user.count()).toBe(0);
  });

  it("creates the configured administrator before the demo accounts", async () => {
    const { db } = freshDatabase();
    const result = await initialiseIdentity(db, await initialiseCatalog(db, { loadDemo: true }), { adminEmail: "admin@example.test", adminPassword: "the admin passphrase" }, now);
    expect(result.firstAdministrator).toEqual({ kind: "administrator-created", email: "admin@example.test" });
    expect(await db.user.count({ where: { role: "administrator" } })).toBe(1);
  });
});
