import { describe, expect, it } from "vitest";
import { isInSkippedDirectory, isWantedFile, SourceFileCollector } from "./source-files.ts";

const KB = 1024;
const LIMITS = { maxFileBytes: KB, maxFiles: 2, maxTotalBytes: 10 * KB };
const text = (value: string) => Buffer.from(value);

describe("the files a source offers", () => {
  it("are wanted when evidence readers understand them", () => {
    expect(["a.yaml", "b/c.yml", "pact.json", "CODEOWNERS", ".github/CODEOWNERS"].every(isWantedFile)).toBe(true);
    expect(["main.go", "README.md", "NOTCODEOWNERS", "yaml"].some(isWantedFile)).toBe(false);
  });

  it("are skipped inside dependency and tooling folders, at any depth", () => {
    expect(isInSkippedDirectory("node_modules/x/a.yaml")).toBe(true);
    expect(isInSkippedDirectory("apps/web/vendor/a.yaml")).toBe(true);
    expect(isInSkippedDirectory("deploy/vendor.yaml")).toBe(false);
  });
});

describe("collecting the files of a source", () => {
  it("keeps text files within the limits, reporting the first file past the file limit once", () => {
    const collector = new SourceFileCollector(LIMITS);
    for (const name of ["a.yaml", "b.yaml", "c.yaml", "d.yaml"]) collector.offer(name, text("a: 1\n"));
    expect(collector.result("root")).toEqual({
      root: "root",
      files: [
        { path: "a.yaml", text: "a: 1\n" },
        { path: "b.yaml", text: "a: 1\n" },
      ],
      problems: [{ file: "c.yaml", line: 1, column: 1, message: "Stopped after 2 files; the rest of the tree was not read." }],
    });
  });

  it("reports a file over the per-file limit, one past the total, and a binary one", () => {
    const collector = new SourceFileCollector({ maxFileBytes: 600 * KB, maxFiles: 10, maxTotalBytes: 1024 * KB });
    collector.offer("big.yaml", text("x".repeat(700 * KB)));
    collector.offer("a.yaml", text("x".repeat(600 * KB)));
    collector.offer("b.yaml", text("x".repeat(600 * KB)));
    collector.offer("bin.yaml", new Uint8Array([0x61, 0]));
    expect(collector.files.map((f) => f.path)).toEqual(["a.yaml"]);
    expect(collector.problems.map((p) => [p.file, p.message])).toEqual([
      ["big.yaml", "The file is 700 KB, over the 600 KB a file may have; not read."],
      ["b.yaml", "The tree is over 1 MB; this file and the rest were not read."],
      ["bin.yaml", "A binary file; not read."],
    ]);
  });
});
