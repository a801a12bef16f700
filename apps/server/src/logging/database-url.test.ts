import { describe, expect, it } from "vitest";
import { loggableDatabaseUrl } from "./database-url.ts";

describe("the database URL in logs", () => {
  it("hides a PostgreSQL password and keeps everything else", () => {
    expect(loggableDatabaseUrl("postgres://portal:s3cret@db.internal:5432/topograph?sslmode=require")).toBe("postgres://portal:redacted@db.internal:5432/topograph?sslmode=require");
    expect(loggableDatabaseUrl("postgres://portal@db.internal/topograph")).toBe("postgres://portal@db.internal/topograph");
    expect(loggableDatabaseUrl("file:./data/topograph.db")).toBe("file:./data/topograph.db");
  });
});
