import { describe, expect, it } from "vitest";
import { readArchive } from "./archive.ts";
import { tarGz, withEncryptionFlag, withLyingSizes, zip, type TTestEntry } from "./testing/archives.ts";

const MB = 1024 * 1024;
const LIMITS = { maxFileBytes: 2 * MB, maxFiles: 100, maxTotalBytes: 10 * MB };

const REPOSITORY: TTestEntry[] = [
  { name: ".github/CODEOWNERS", content: "* @team-a\n" },
  { name: ".github/workflows/ci.yml", content: "on: push\n" },
  { name: "deploy/app.yaml", content: "kind: Deployment\n" },
  { name: "pacts/web-api.json", content: "{}" },
  { name: "src/main.go", content: "package main\n" },
  { name: "node_modules/x/y.yaml", content: "a: 1\n" },
];
const REPOSITORY_FILES = [
  { path: ".github/CODEOWNERS", text: "* @team-a\n" },
  { path: ".github/workflows/ci.yml", text: "on: push\n" },
  { path: "deploy/app.yaml", text: "kind: Deployment\n" },
  { path: "pacts/web-api.json", text: "{}" },
];

const inFolder = (folder: string, entries: TTestEntry[]): TTestEntry[] => [
  { name: `${folder}/`, directory: true },
  ...entries.map((entry) => ({ ...entry, name: `${folder}/${entry.name}` })),
];

const problemsOf = (result: { problems: { file: string; message: string }[] }) => result.problems.map((p) => [p.file, p.message]);

/** Each rule holds for both formats; zip has no hard links, so those are tar-only. */
const FORMATS = [
  { name: "repo.tar.gz", build: tarGz },
  { name: "repo.zip", build: async (entries: TTestEntry[]) => zip(entries) },
];

describe("reading an archive", () => {
  it("reads the same files from a .tar.gz and a .zip of the same tree, skipping what no reader understands", async () => {
    const fromTar = await readArchive(await tarGz(REPOSITORY), "repo.tar.gz", LIMITS);
    const fromZip = await readArchive(zip(REPOSITORY), "repo.zip", LIMITS);
    expect(fromTar).toEqual({ root: "repo.tar.gz", files: REPOSITORY_FILES, problems: [] });
    expect(fromZip).toEqual({ root: "repo.zip", files: REPOSITORY_FILES, problems: [] });
  });

  it("accepts .tgz as a gzipped tar", async () => {
    const result = await readArchive(await tarGz(REPOSITORY), "repo.tgz", LIMITS);
    expect(result.files).toEqual(REPOSITORY_FILES);
  });

  describe.each(FORMATS)("in a $name", ({ name, build }) => {
    it("strips the single top folder GitHub puts around a repository (repo-main/)", async () => {
      const result = await readArchive(await build(inFolder("repo-main", REPOSITORY)), name, LIMITS);
      expect(result.files).toEqual(REPOSITORY_FILES);
    });

    it("keeps the top folder when something else sits beside it", async () => {
      const result = await readArchive(await build([...inFolder("deploy", [{ name: "app.yaml", content: "a: 1\n" }]), { name: "README.md", content: "#" }]), name, LIMITS);
      expect(result.files.map((f) => f.path)).toEqual(["deploy/app.yaml"]);
    });

    it("refuses entries whose path leads outside the archive, naming each", async () => {
      const result = await readArchive(
        await build([
          { name: "../../etc/passwd", content: "root:x:0:0\n" },
          { name: "/abs.yaml", content: "a: 1\n" },
          { name: "deploy/../../escape.yaml", content: "a: 1\n" },
          { name: "C:\\windows.yaml", content: "a: 1\n" },
          { name: "ok.yaml", content: "a: 1\n" },
        ]),
        name,
        LIMITS,
      );
      expect(result.files.map((f) => f.path)).toEqual(["ok.yaml"]);
      const refusal = 'A path that leads outside the archive (absolute, or with ".."); not read.';
      expect(problemsOf(result)).toEqual([
        ["../../etc/passwd", refusal],
        ["/abs.yaml", refusal],
        ["deploy/../../escape.yaml", refusal],
        ["C:\\windows.yaml", refusal],
      ]);
    });

    it("refuses symbolic links, never reading what they point to", async () => {
      const result = await readArchive(await build([{ name: "secret.yaml", symlinkTo: "/etc/passwd" }, { name: "ok.yaml", content: "a: 1\n" }]), name, LIMITS);
      expect(result.files.map((f) => f.path)).toEqual(["ok.yaml"]);
      expect(problemsOf(result)).toEqual([["secret.yaml", "A symbolic link in the archive; not read."]]);
    });

    it("keeps the first of two entries with the same path, reporting the second", async () => {
      const result = await readArchive(await build([{ name: "app.yaml", content: "replicas: 1\n" }, { name: "./app.yaml", content: "replicas: 9\n" }]), name, LIMITS);
      expect(result.files).toEqual([{ path: "app.yaml", text: "replicas: 1\n" }]);
      expect(problemsOf(result)).toEqual([["app.yaml", "A second entry with the same path; not read."]]);
    });

    it("stops at the entry past the entry limit, folders included", async () => {
      const entries = ["a", "b", "c", "d", "e"].map((letter) => ({ name: `${letter}.yaml`, content: `${letter}: 1\n` }));
      const result = await readArchive(await build(entries), name, { ...LIMITS, maxFiles: 3 });
      expect(result.files.map((f) => f.path)).toEqual(["a.yaml", "b.yaml", "c.yaml"]);
      expect(problemsOf(result)).toEqual([["d.yaml", "The archive has more than 3 entries; the rest was not read."]]);
    });

    it("stops as soon as the unpacked bytes pass the total limit", async () => {
      const entries = ["a", "b", "c", "d"].map((letter) => ({ name: `${letter}.yaml`, content: "x".repeat(400 * 1024) }));
      const result = await readArchive(await build(entries), name, { ...LIMITS, maxTotalBytes: MB });
      expect(result.files.map((f) => f.path)).toEqual(["a.yaml", "b.yaml"]);
      expect(problemsOf(result)).toEqual([["c.yaml", "The archive unpacks to more than 1 MB; the rest was not read."]]);
    });

    it("reports oversized and binary files, as a directory read does", async () => {
      const result = await readArchive(await build([{ name: "big.yaml", content: "x".repeat(2048) }, { name: "bin.yaml", content: new Uint8Array([0x61, 0, 0x62]) }]), name, { ...LIMITS, maxFileBytes: 1024 });
      expect(problemsOf(result)).toEqual([
        ["big.yaml", "The file is 2 KB, over the 1 KB a file may have; not read."],
        ["bin.yaml", "A binary file; not read."],
      ]);
    });

    it("gives one clear problem for bytes that are not an archive, never a crash", async () => {
      const result = await readArchive(Buffer.from("this is not an archive at all, just text"), name, LIMITS);
      expect(result.files).toEqual([]);
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toMatchObject({ file: name, message: expect.stringMatching(/^The archive is corrupt or truncated here \(.+\); the rest was not read\.$/) });
    });
  });

  it.each(FORMATS)("gives one problem for a truncated $name, never a crash", async ({ name, build }) => {
    const archive = await build(REPOSITORY);
    const result = await readArchive(archive.subarray(0, Math.floor(archive.byteLength / 2)), name, LIMITS);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.message).toMatch(/^The archive is corrupt or truncated here/);
  });

  it("refuses hard links in a tar", async () => {
    const result = await readArchive(await tarGz([{ name: "ok.yaml", content: "a: 1\n" }, { name: "again.yaml", hardlinkTo: "ok.yaml" }]), "repo.tar.gz", LIMITS);
    expect(problemsOf(result)).toEqual([["again.yaml", "A hard link in the archive; not read."]]);
  });

  it("refuses encrypted zip entries", async () => {
    const result = await readArchive(withEncryptionFlag(zip([{ name: "secret.yaml", content: "a: 1\n" }])), "repo.zip", LIMITS);
    expect(problemsOf(result)).toEqual([["secret.yaml", "An encrypted entry; not read."]]);
  });

  describe("zip bombs", () => {
    const BOMB = [{ name: "ok.yaml", content: "a: 1\n" }, { name: "bomb.yaml", content: "x".repeat(20 * MB) }];
    let zipBomb: Buffer | undefined;
    const zippedBomb = () => (zipBomb ??= zip(BOMB));

    it("stop a gzipped tar as soon as it unpacks past the limit, whatever the file is", async () => {
      const archive = await tarGz(BOMB);
      expect(archive.byteLength).toBeLessThan(MB / 2);
      const result = await readArchive(archive, "bomb.tar.gz", { ...LIMITS, maxFileBytes: 100 * MB });
      expect(result.files.map((f) => f.path)).toEqual(["ok.yaml"]);
      expect(problemsOf(result)).toEqual([["bomb.yaml", "The archive unpacks to more than 10 MB; the rest was not read."]]);
    });

    it("leave a zip entry whose header admits its size unpacked", async () => {
      const result = await readArchive(zippedBomb(), "bomb.zip", LIMITS);
      expect(problemsOf(result)).toEqual([["bomb.yaml", "The file is 20480 KB, over the 2048 KB a file may have; not read."]]);
    });

    it("stop a zip entry whose header understates its size at the first byte past the claim", async () => {
      const result = await readArchive(withLyingSizes(zippedBomb(), 5), "bomb.zip", LIMITS);
      expect(result.files.map((f) => f.path)).toEqual(["ok.yaml"]);
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toMatchObject({ file: "bomb.yaml", message: expect.stringContaining("too many bytes") });
    });
  });

  it("reads only .tar.gz, .tgz and .zip names", async () => {
    const result = await readArchive(zip(REPOSITORY), "repo.rar", LIMITS);
    expect(problemsOf(result)).toEqual([["repo.rar", "Only .tar.gz, .tgz and .zip archives can be read."]]);
  });
});
