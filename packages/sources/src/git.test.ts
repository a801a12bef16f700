import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import git from "isomorphic-git";
import { beforeAll, describe, expect, it } from "vitest";
import { readGitRepository } from "./git.ts";

const AUTHOR = { name: "Test", email: "test@example.com" };

/** A repository with two commits: the first has only the Deployment, the second adds CODEOWNERS, a link and skipped files. */
async function repositoryWithHistory() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "topograph-git-test-"));
  const write = (name: string, content: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  };
  const commit = async (files: string[], message: string) => {
    for (const filepath of files) await git.add({ fs, dir, filepath });
    return git.commit({ fs, dir, message, author: AUTHOR });
  };
  await git.init({ fs, dir, defaultBranch: "main" });
  write("deploy/app.yaml", "replicas: 1\n");
  const first = await commit(["deploy/app.yaml"], "Deployment");
  await git.tag({ fs, dir, ref: "v1" });
  write("deploy/app.yaml", "replicas: 2\n");
  write(".github/CODEOWNERS", "* @team-a\n");
  write("src/main.go", "package main\n");
  write("node_modules/x/y.yaml", "a: 1\n");
  fs.symlinkSync("/etc/passwd", path.join(dir, "secret.yaml"));
  const second = await commit(["deploy/app.yaml", ".github/CODEOWNERS", "src/main.go", "node_modules/x/y.yaml", "secret.yaml"], "Ownership");
  // Uncommitted work: a change to a committed file and a new file; neither is evidence.
  write("deploy/app.yaml", "replicas: 99\n");
  write("deploy/draft.yaml", "draft: true\n");
  return { dir, first, second };
}

describe("reading a git repository", () => {
  let repository: Awaited<ReturnType<typeof repositoryWithHistory>>;
  beforeAll(async () => {
    repository = await repositoryWithHistory();
  });

  it("reads the files of HEAD from the object store, not the working tree, and names the commit", async () => {
    const result = await readGitRepository(repository.dir);
    expect(result.commit).toBe(repository.second);
    expect(result.root).toBe(repository.dir);
    expect(result.files).toEqual([
      { path: ".github/CODEOWNERS", text: "* @team-a\n" },
      { path: "deploy/app.yaml", text: "replicas: 2\n" },
    ]);
    expect(result.problems).toEqual([{ file: "secret.yaml", line: 1, column: 1, message: "A symbolic link in the repository; not read." }]);
  });

  it.each([
    ["its full SHA", () => repository.first],
    ["an abbreviated SHA", () => repository.first.slice(0, 7)],
    ["a tag", () => "v1"],
  ])("reads an older commit named by %s", async (_, ref) => {
    const result = await readGitRepository(repository.dir, { ref: ref() });
    expect(result.commit).toBe(repository.first);
    expect(result.files).toEqual([{ path: "deploy/app.yaml", text: "replicas: 1\n" }]);
  });

  it("reads a branch by name", async () => {
    const result = await readGitRepository(repository.dir, { ref: "main" });
    expect(result.commit).toBe(repository.second);
  });

  it("applies the read limits as a directory read does", async () => {
    const result = await readGitRepository(repository.dir, { limits: { maxFileBytes: 5, maxFiles: 100, maxTotalBytes: 1000 } });
    expect(result.files).toEqual([]);
    expect(result.problems.map((p) => p.file)).toEqual([".github/CODEOWNERS", "deploy/app.yaml", "secret.yaml"]);
  });

  it("says so when the path is not a repository", async () => {
    const plain = fs.mkdtempSync(path.join(os.tmpdir(), "topograph-not-git-"));
    await expect(readGitRepository(plain)).rejects.toThrow(`${plain} is not a git repository (it has no .git folder).`);
  });

  it("says which ref is unknown", async () => {
    await expect(readGitRepository(repository.dir, { ref: "no-such-branch" })).rejects.toThrow(`"no-such-branch" is neither a branch, a tag nor a commit of ${repository.dir}.`);
  });

  it("clones only over http(s)", async () => {
    await expect(readGitRepository("ssh://git@example.com/repo.git")).rejects.toThrow("Only http(s) URLs can be cloned, not ssh://example.com/repo.git.");
  });

  it("fails quickly and clearly when a URL cannot be reached, leaving no temporary folder behind", async () => {
    const before = fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith("topograph-git-") && !name.startsWith("topograph-git-test-"));
    const started = Date.now();
    await expect(readGitRepository("http://user:secret@127.0.0.1:1/repo.git")).rejects.toThrow(/^Could not clone http:\/\/127\.0\.0\.1:1\/repo\.git: .*ECONNREFUSED/);
    expect(Date.now() - started).toBeLessThan(5000);
    const after = fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith("topograph-git-") && !name.startsWith("topograph-git-test-"));
    expect(after).toEqual(before);
  });
});
