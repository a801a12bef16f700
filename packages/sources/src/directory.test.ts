import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readSourceTree } from "./directory.ts";

function tree(files: Record<string, string | Buffer>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "topograph-sources-"));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
  return root;
}

describe("reading a source tree", () => {
  it("reads manifests, workflows and CODEOWNERS with paths relative to the root, skipping what no reader understands", async () => {
    const root = tree({
      "deploy/app.yaml": "kind: Deployment\n",
      ".github/workflows/ci.yml": "on: push\n",
      ".github/CODEOWNERS": "* @team-a\n",
      "pacts/web-api.json": "{}",
      "src/main.go": "package main\n",
      "node_modules/x/y.yaml": "a: 1\n",
      ".git/config.yaml": "a: 1\n",
    });
    const result = await readSourceTree(root);
    expect(result.files.map((f) => f.path)).toEqual([".github/CODEOWNERS", ".github/workflows/ci.yml", "deploy/app.yaml", "pacts/web-api.json"]);
    expect(result.problems).toEqual([]);
  });

  it("reports binary, oversized and too many files instead of reading them", async () => {
    const root = tree({ "a.yaml": "a: 1\n", "b.yaml": Buffer.from([0x61, 0x00, 0x62]), "c.yaml": "x".repeat(2048), "d.yaml": "d: 1\n", "e.yaml": "e: 1\n" });
    const result = await readSourceTree(root, { maxFileBytes: 1024, maxFiles: 2, maxTotalBytes: 1_000_000 });
    expect(result.files.map((f) => f.path)).toEqual(["a.yaml", "d.yaml"]);
    expect(result.problems.map((p) => [p.file, p.message])).toEqual([
      ["b.yaml", "A binary file; not read."],
      ["c.yaml", "The file is 2 KB, over the 1 KB a file may have; not read."],
      ["e.yaml", "Stopped after 2 files; the rest of the tree was not read."],
    ]);
  });

  it("does not follow a symbolic link out of the tree", async () => {
    const outside = tree({ "secret.yaml": "password: hunter2\n" });
    const root = tree({ "in.yaml": "a: 1\n" });
    fs.symlinkSync(path.join(outside, "secret.yaml"), path.join(root, "link.yaml"));
    const result = await readSourceTree(root);
    expect(result.files.map((f) => f.path)).toEqual(["in.yaml"]);
    expect(result.problems).toEqual([{ file: "link.yaml", line: 1, column: 1, message: "A symbolic link that leads outside the scanned tree; not read." }]);
  });

  it("reads a single file given instead of a directory", async () => {
    const root = tree({ "only.yaml": "a: 1\n" });
    const result = await readSourceTree(path.join(root, "only.yaml"));
    expect(result.files).toEqual([{ path: "only.yaml", text: "a: 1\n" }]);
  });
});
