import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDatabase } from "@topograph/db";
import { describe, expect, it } from "vitest";
import { generateEnterpriseCommand, parseGenerateEnterpriseArgs } from "./generate-enterprise.ts";

describe("topograph generate-enterprise", () => {
  it("reads sizes from flags and refuses nonsense with the flag's name", () => {
    expect(parseGenerateEnterpriseArgs(["--teams", "20", "--repos", "50"]).size).toMatchObject({ teams: 20, repositories: 50, components: 12_000 });
    expect(() => parseGenerateEnterpriseArgs(["--teams", "0"])).toThrow('--teams must be a whole number of at least 1, got "0".');
    expect(() => parseGenerateEnterpriseArgs(["--colour", "red"])).toThrow(/Unknown option '--colour'/);
    expect(parseGenerateEnterpriseArgs(["--as-of", "2026-03-01"]).asOf.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(() => parseGenerateEnterpriseArgs(["--as-of", "March"])).toThrow('--as-of must be a day as YYYY-MM-DD, got "March".');
  });

  it("builds a migrated database and will not overwrite one without --force", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "topograph-gen-")), "e.db");
    const args = ["--database", `file:${file}`, "--teams", "12", "--contexts", "4", "--components", "60", "--repos", "90", "--namespaces", "20", "--clusters", "2", "--dependencies", "80", "--as-of", "2026-03-01"];
    const lines: string[] = [];
    await generateEnterpriseCommand(args, (line) => lines.push(line));
    expect(lines[0]).toMatch(/^Generated 12 teams, 4 bounded contexts, 60 components, 90 repositories, 20 namespaces, 80 dependencies, \d+ checklist answers, \d+ evidence facts and \d+ score snapshots over 4 recordings to 2026-03-01/);
    const db = createDatabase(`file:${file}`);
    expect(await db.repository.count()).toBe(90);
    expect(await db.evidenceFact.count()).toBeGreaterThan(0);
    const latest = await db.scoreSnapshot.findFirst({ orderBy: { takenAt: "desc" }, select: { takenAt: true } });
    expect(latest?.takenAt.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(await db.currentScore.count()).toBeGreaterThan(0);
    await db.$disconnect();
    await expect(generateEnterpriseCommand(args)).rejects.toThrow(/exists; pass --force/);
    await generateEnterpriseCommand([...args, "--force", "--seed", "7"], () => {});
  });
});
