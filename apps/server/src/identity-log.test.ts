import { describe, expect, it } from "vitest";
import { identityLogEntries } from "./identity-log.ts";

const expiresAt = new Date("2026-03-02T09:00:00Z");

describe("what start-up says about sign-in", () => {
  it("prints the one-time setup link when no administrator was configured", () => {
    const [entry] = identityLogEntries({ firstAdministrator: { kind: "setup-link", token: "tok-123", expiresAt }, demoUsers: null }, "http://localhost:3000");
    expect(entry).toMatchObject({ severity: "WARNING", fields: { setupLink: "http://localhost:3000/setup?token=tok-123" } });
    expect(entry?.message).toContain("Create the first one, once, at http://localhost:3000/setup?token=tok-123 (valid until 2026-03-02T09:00:00.000Z");
  });

  it("names the configured administrator, never a password", () => {
    const entries = identityLogEntries({ firstAdministrator: { kind: "administrator-created", email: "admin@example.com" }, demoUsers: null }, "http://localhost:3000");
    expect(entries).toEqual([{ severity: "INFO", message: "Created the first administrator, admin@example.com, from TOPOGRAPH_ADMIN_EMAIL", fields: { email: "admin@example.com" } }]);
  });

  it("prints a made-up demo password once, but never a configured one", () => {
    const demo = (generated: boolean) => ({ emails: ["aiko.sato@example.com", "ben.ito@example.com"], password: "0123456789abcdef", generated });
    const [made] = identityLogEntries({ firstAdministrator: { kind: "administrator-exists" }, demoUsers: demo(true) }, "http://localhost:3000");
    expect(made?.message).toContain("(e.g. aiko.sato@example.com) and the password 0123456789abcdef");
    const [configured] = identityLogEntries({ firstAdministrator: { kind: "administrator-exists" }, demoUsers: demo(false) }, "http://localhost:3000");
    expect(configured?.message).not.toContain("0123456789abcdef");
    expect(configured?.message).toContain("TOPOGRAPH_DEMO_PASSWORD");
  });

  it("says nothing once an administrator exists and no demo was loaded", () => {
    expect(identityLogEntries({ firstAdministrator: { kind: "administrator-exists" }, demoUsers: null }, "http://localhost:3000")).toEqual([]);
  });
});
