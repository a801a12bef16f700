import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import git from "isomorphic-git";
import { describe, expect, it } from "vitest";
import { readSource } from "./read-source.ts";
import { zip } from "./testing/archives.ts";

const MANIFEST = { path: "deploy/app.yaml", text: "kind: Deployment\n" };

function folderWithManifest(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "topograph-read-source-"));
  fs.mkdirSync(path.join(dir, "deploy"));
  fs.writeFileSync(path.join(dir, MANIFEST.path), MANIFEST.text);
  return dir;
}

describe("reading a source of any kind", () => {
  it("reads a directory", async () => {
    const dir = folderWithManifest();
    expect(await readSource({ kind: "directory", path: dir })).toEqual({ root: dir, files: [MANIFEST], problems: [] });
  });

  it("reads a git repository by path, with its commit", async () => {
    const dir = folderWithManifest();
    await git.init({ fs, dir });
    await git.add({ fs, dir, filepath: MANIFEST.path });
    const commit = await git.commit({ fs, dir, message: "Deployment", author: { name: "Test", email: "test@example.com" } });
    expect(await readSource({ kind: "git", path: dir, ref: "HEAD" })).toEqual({ root: dir, files: [MANIFEST], problems: [], commit });
  });

  it("clones a git repository by URL", async () => {
    await expect(readSource({ kind: "git", url: "http://127.0.0.1:1/repo.git" })).rejects.toThrow(/^Could not clone http:\/\/127\.0\.0\.1:1\/repo\.git/);
  });

  it("reads an uploaded archive", async () => {
    const bytes = zip([{ name: `repo-main/${MANIFEST.path}`, content: MANIFEST.text }]);
    expect(await readSource({ kind: "archive", fileName: "upload.zip", bytes })).toEqual({ root: "upload.zip", files: [MANIFEST], problems: [] });
  });
});
