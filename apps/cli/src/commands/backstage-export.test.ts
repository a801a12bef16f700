import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { demoDatabaseFile } from "@topograph/db/testing";
import { describe, expect, it } from "vitest";
import { backstageExportCommand } from "./backstage-export.ts";

describe("topograph export backstage", () => {
  it("writes the catalog as catalog-info YAML to standard output or to --out", async () => {
    const { file } = await demoDatabaseFile({ practices: false });
    let printed = "";
    await backstageExportCommand(["backstage", "--database", `file:${file}`], (text) => (printed += text));
    expect(printed).toContain("kind: Component\nmetadata:\n  name: b-service");
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "topograph-bs-")), "catalog-info.yaml");
    await backstageExportCommand(["backstage", "--database", `file:${file}`, "--out", out]);
    expect(fs.readFileSync(out, "utf8")).toBe(printed);
  });

  it("explains its usage when the format or the database is missing", async () => {
    await expect(backstageExportCommand(["--database", "file:x.db"])).rejects.toThrow(/^Usage: topograph export backstage/);
    await expect(backstageExportCommand(["backstage"], () => {}, {})).rejects.toThrow("Say which database to read");
  });
});
