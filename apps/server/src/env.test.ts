import { describe, expect, it } from "vitest";
import { readEnv } from "./env.ts";

describe("server configuration", () => {
  it("defaults to port 3000, the embedded SQLite file and the demo organisation", () => {
    const env = readEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toMatch(/^file:.*data[/\\]topograph\.db$/);
    expect(env.TOPOGRAPH_DEMO).toBe(true);
  });

  it("takes PORT, DATABASE_URL and TOPOGRAPH_DEMO from the environment", () => {
    expect(readEnv({ PORT: "8080", DATABASE_URL: "file:/tmp/x.db", TOPOGRAPH_DEMO: "false" })).toMatchObject({ PORT: 8080, DATABASE_URL: "file:/tmp/x.db", TOPOGRAPH_DEMO: false });
  });

  it("names every invalid setting", () => {
    expect(() => readEnv({ PORT: "eighty", DATABASE_URL: "mysql://x" })).toThrow(/PORT: .*\n.*DATABASE_URL: DATABASE_URL must be a file: URL/);
  });
});

describe("identity configuration", () => {
  it("needs no administrator, keeps anonymous reading off and trusts no proxy by default", () => {
    const env = readEnv({});
    expect([env.TOPOGRAPH_ADMIN_EMAIL, env.TOPOGRAPH_ADMIN_PASSWORD, env.TOPOGRAPH_DEMO_PASSWORD]).toEqual([undefined, undefined, undefined]);
    expect(env).toMatchObject({ TOPOGRAPH_ANONYMOUS_READ: false, TOPOGRAPH_TRUST_PROXY: false });
  });

  it("takes the first administrator, the demo password and the switches", () => {
    const env = readEnv({
      TOPOGRAPH_ADMIN_EMAIL: "admin@example.com",
      TOPOGRAPH_ADMIN_PASSWORD: "a long admin passphrase",
      TOPOGRAPH_DEMO_PASSWORD: "a shared demo passphrase",
      TOPOGRAPH_ANONYMOUS_READ: "true",
      TOPOGRAPH_TRUST_PROXY: "true",
    });
    expect(env).toMatchObject({ TOPOGRAPH_ADMIN_EMAIL: "admin@example.com", TOPOGRAPH_DEMO_PASSWORD: "a shared demo passphrase", TOPOGRAPH_ANONYMOUS_READ: true, TOPOGRAPH_TRUST_PROXY: true });
  });

  it("treats empty values as unset", () => {
    expect(readEnv({ TOPOGRAPH_ADMIN_EMAIL: "", TOPOGRAPH_ADMIN_PASSWORD: "" }).TOPOGRAPH_ADMIN_EMAIL).toBeUndefined();
  });

  it("refuses an administrator without a password, short passwords and unclear switches, naming each", () => {
    expect(() => readEnv({ TOPOGRAPH_ADMIN_EMAIL: "admin@example.com" })).toThrow("TOPOGRAPH_ADMIN_PASSWORD: Set TOPOGRAPH_ADMIN_EMAIL and TOPOGRAPH_ADMIN_PASSWORD together, or neither");
    expect(() => readEnv({ TOPOGRAPH_ADMIN_EMAIL: "admin@example.com", TOPOGRAPH_ADMIN_PASSWORD: "admin" })).toThrow("TOPOGRAPH_ADMIN_PASSWORD: TOPOGRAPH_ADMIN_PASSWORD must be at least 12 characters.");
    expect(() => readEnv({ TOPOGRAPH_DEMO_PASSWORD: "demo" })).toThrow("TOPOGRAPH_DEMO_PASSWORD: TOPOGRAPH_DEMO_PASSWORD must be at least 12 characters.");
    expect(() => readEnv({ TOPOGRAPH_ADMIN_EMAIL: "admin", TOPOGRAPH_ADMIN_PASSWORD: "a long admin passphrase" })).toThrow("TOPOGRAPH_ADMIN_EMAIL: TOPOGRAPH_ADMIN_EMAIL must be an email address.");
    expect(() => readEnv({ TOPOGRAPH_TRUST_PROXY: "yes" })).toThrow("TOPOGRAPH_TRUST_PROXY: TOPOGRAPH_TRUST_PROXY must be true or false.");
  });
});
