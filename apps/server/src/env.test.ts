import { describe, expect, it } from "vitest";
import { ConfigurationError, oidcSettings, readEnv } from "./env.ts";

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

describe("OpenID Connect configuration", () => {
  const provider = {
    TOPOGRAPH_OIDC_ISSUER: "https://login.example.com/realms/company",
    TOPOGRAPH_OIDC_CLIENT_ID: "topograph",
    TOPOGRAPH_OIDC_CLIENT_SECRET: "s3cr3t-value-never-shown",
    TOPOGRAPH_PUBLIC_URL: "https://topograph.example.com/",
  };

  it("is off unless configured", () => {
    expect(oidcSettings(readEnv({}))).toBeNull();
    expect(oidcSettings(readEnv({ TOPOGRAPH_PUBLIC_URL: "https://topograph.example.com" }))).toBeNull();
  });

  it("builds the redirect URI on the public URL, labels the button and makes newcomers viewers by default", () => {
    const settings = oidcSettings(readEnv(provider))!;
    expect(settings.issuer.href).toBe("https://login.example.com/realms/company");
    expect(settings.redirectUri.href).toBe("https://topograph.example.com/auth/oidc/callback");
    expect(settings).toMatchObject({ clientId: "topograph", clientSecret: "s3cr3t-value-never-shown", label: "single sign-on", defaultRole: "viewer" });
    expect(oidcSettings(readEnv({ ...provider, TOPOGRAPH_OIDC_NAME: "Company SSO", TOPOGRAPH_OIDC_DEFAULT_ROLE: "editor" }))).toMatchObject({ label: "Company SSO", defaultRole: "editor" });
  });

  it("accepts plain http for a provider on this machine only", () => {
    for (const issuer of ["http://127.0.0.1:4000", "http://localhost:4000/", "http://[::1]:4000"]) expect(oidcSettings(readEnv({ ...provider, TOPOGRAPH_OIDC_ISSUER: issuer }))).not.toBeNull();
    expect(() => readEnv({ ...provider, TOPOGRAPH_OIDC_ISSUER: "http://login.example.com" })).toThrow(
      "TOPOGRAPH_OIDC_ISSUER: TOPOGRAPH_OIDC_ISSUER must be an https URL (plain http only for localhost, in tests).",
    );
  });

  it("names each variable missing from the set, and each bad value", () => {
    expect(() => readEnv({ TOPOGRAPH_OIDC_ISSUER: provider.TOPOGRAPH_OIDC_ISSUER, TOPOGRAPH_OIDC_CLIENT_ID: "topograph" })).toThrow(
      /TOPOGRAPH_OIDC_CLIENT_SECRET: Set TOPOGRAPH_OIDC_CLIENT_SECRET too: .*\n.*TOPOGRAPH_PUBLIC_URL: Set TOPOGRAPH_PUBLIC_URL too: OpenID Connect sign-in needs TOPOGRAPH_OIDC_ISSUER, TOPOGRAPH_OIDC_CLIENT_ID, TOPOGRAPH_OIDC_CLIENT_SECRET, TOPOGRAPH_PUBLIC_URL\./,
    );
    expect(() => readEnv({ ...provider, TOPOGRAPH_OIDC_ISSUER: "login.example.com" })).toThrow("TOPOGRAPH_OIDC_ISSUER: TOPOGRAPH_OIDC_ISSUER must be an https URL");
    expect(() => readEnv({ ...provider, TOPOGRAPH_PUBLIC_URL: "ftp://topograph.example.com" })).toThrow("TOPOGRAPH_PUBLIC_URL: TOPOGRAPH_PUBLIC_URL must be the portal's http(s) address");
    expect(() => readEnv({ ...provider, TOPOGRAPH_OIDC_DEFAULT_ROLE: "administrator" })).toThrow(
      "TOPOGRAPH_OIDC_DEFAULT_ROLE: TOPOGRAPH_OIDC_DEFAULT_ROLE must be viewer or editor; make administrators on the Users page.",
    );
  });

  it("never repeats the client secret in an error", () => {
    const error = (() => {
      try {
        readEnv({ ...provider, TOPOGRAPH_OIDC_ISSUER: "http://login.example.com", TOPOGRAPH_OIDC_CLIENT_ID: " " });
      } catch (e) {
        return String(e);
      }
    })();
    expect(error).toContain("TOPOGRAPH_OIDC_CLIENT_ID: TOPOGRAPH_OIDC_CLIENT_ID must not be blank.");
    expect(error).not.toContain("s3cr3t");
  });
});

describe("rate limit configuration", () => {
  it("lets each API token make 600 requests a minute unless TOPOGRAPH_TOKEN_RATE_LIMIT says otherwise", () => {
    expect(readEnv({}).TOPOGRAPH_TOKEN_RATE_LIMIT).toBe(600);
    expect(readEnv({ TOPOGRAPH_TOKEN_RATE_LIMIT: "1200" }).TOPOGRAPH_TOKEN_RATE_LIMIT).toBe(1200);
  });

  it("refuses a limit that is not a positive whole number", () => {
    expect(() => readEnv({ TOPOGRAPH_TOKEN_RATE_LIMIT: "lots" })).toThrow("TOPOGRAPH_TOKEN_RATE_LIMIT: TOPOGRAPH_TOKEN_RATE_LIMIT must be a whole number of requests per minute.");
    expect(() => readEnv({ TOPOGRAPH_TOKEN_RATE_LIMIT: "0" })).toThrow("TOPOGRAPH_TOKEN_RATE_LIMIT: TOPOGRAPH_TOKEN_RATE_LIMIT must be at least 1.");
  });
});

describe("shutdown configuration", () => {
  it("waits up to 10 s for requests in flight and does not drain by default", () => {
    expect(readEnv({})).toMatchObject({ SHUTDOWN_GRACE_MS: 10_000, SHUTDOWN_DRAIN_MS: 0, TOPOGRAPH_LOG_LEVEL: "info" });
    expect(readEnv({ SHUTDOWN_GRACE_MS: "30000", SHUTDOWN_DRAIN_MS: "5000" })).toMatchObject({ SHUTDOWN_GRACE_MS: 30_000, SHUTDOWN_DRAIN_MS: 5_000 });
  });

  it("refuses a drain as long as the grace period", () => {
    expect(() => readEnv({ SHUTDOWN_GRACE_MS: "5000", SHUTDOWN_DRAIN_MS: "5000" })).toThrow("SHUTDOWN_DRAIN_MS: SHUTDOWN_DRAIN_MS must be shorter than SHUTDOWN_GRACE_MS");
  });
});

describe("configuration errors", () => {
  it("list one problem per bad variable, each naming it, and never a value", () => {
    const values = { PORT: "99999", TOPOGRAPH_ADMIN_EMAIL: "admin@example.com", TOPOGRAPH_ADMIN_PASSWORD: "pw-secret", TOPOGRAPH_LOG_LEVEL: "verbose", TOPOGRAPH_TOKEN_RATE_LIMIT: "many" };
    let error: unknown;
    try {
      readEnv(values);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const { problems, message } = error as ConfigurationError;
    expect(problems.map((p) => p.variable)).toEqual(["PORT", "TOPOGRAPH_ADMIN_PASSWORD", "TOPOGRAPH_TOKEN_RATE_LIMIT", "TOPOGRAPH_LOG_LEVEL"]);
    expect(message.split("\n")).toHaveLength(1 + problems.length);
    expect(message).not.toContain("pw-secret");
    expect(message).not.toContain("verbose");
  });
});
