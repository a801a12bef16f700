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
