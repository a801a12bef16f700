import { describe, expect, it } from "vitest";
import { startServerProcess } from "./testing/server-process.ts";

describe("starting with bad configuration", () => {
  it("exits 1 before touching the database, with one log line per bad variable and no secret in them", async () => {
    const secrets = { password: "short-pw", clientSecret: "oidc-client-secret-value-9f2c", demoPassword: "tiny" };
    const server = startServerProcess({
      PORT: "eighty",
      SHUTDOWN_GRACE_MS: "-5",
      TOPOGRAPH_TRUST_PROXY: "yes",
      TOPOGRAPH_ADMIN_EMAIL: "admin@example.com",
      TOPOGRAPH_ADMIN_PASSWORD: secrets.password,
      TOPOGRAPH_DEMO_PASSWORD: secrets.demoPassword,
      TOPOGRAPH_OIDC_ISSUER: "http://login.example.com",
      TOPOGRAPH_OIDC_CLIENT_ID: "topograph",
      TOPOGRAPH_OIDC_CLIENT_SECRET: secrets.clientSecret,
      TOPOGRAPH_LOG_LEVEL: "loud",
    });
    const { code } = await server.exited;
    expect(code).toBe(1);
    // Rules across variables (OIDC's set, admin email with password) are checked once each variable is valid.
    const variables = server.lines.map((line) => line.variable);
    expect(variables.sort()).toEqual(
      ["PORT", "SHUTDOWN_GRACE_MS", "TOPOGRAPH_ADMIN_PASSWORD", "TOPOGRAPH_DEMO_PASSWORD", "TOPOGRAPH_LOG_LEVEL", "TOPOGRAPH_OIDC_ISSUER", "TOPOGRAPH_TRUST_PROXY"].sort(),
    );
    for (const line of server.lines) {
      expect(line).toMatchObject({ severity: "ERROR", message: expect.stringMatching(new RegExp(`^Invalid configuration: ${line.variable}: `)) });
    }
    expect(server.lines.find((line) => line.variable === "SHUTDOWN_GRACE_MS").message).toBe("Invalid configuration: SHUTDOWN_GRACE_MS: SHUTDOWN_GRACE_MS must not be negative.");
    const output = server.stdout() + server.stderr();
    for (const secret of Object.values(secrets)) expect(output).not.toContain(secret);
    // Nothing started: the catalog was never opened.
    expect(output).not.toContain("Catalog");
  });
});
