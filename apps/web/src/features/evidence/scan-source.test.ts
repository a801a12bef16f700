import { describe, expect, it } from "vitest";
import { describeSource, EMPTY_SOURCE, toScanSource } from "./scan-source.ts";

describe("scan sources", () => {
  it("sends a directory, an archive, or a git repository by URL or by path with an optional ref", () => {
    expect(toScanSource({ ...EMPTY_SOURCE, path: "/repos/b" })).toEqual({ kind: "directory", path: "/repos/b" });
    expect(toScanSource({ ...EMPTY_SOURCE, kind: "archive", archive: { fileName: "b.tar.gz", base64: "AAAA" } })).toEqual({ kind: "archive", fileName: "b.tar.gz", base64: "AAAA" });
    expect(toScanSource({ ...EMPTY_SOURCE, kind: "archive" })).toEqual({ kind: "archive", fileName: "", base64: "" });
    expect(toScanSource({ ...EMPTY_SOURCE, kind: "git", repository: " https://git.example.com/b.git ", ref: "main" })).toEqual({ kind: "git", url: "https://git.example.com/b.git", ref: "main" });
    expect(toScanSource({ ...EMPTY_SOURCE, kind: "git", repository: "/repos/b", ref: " " })).toEqual({ kind: "git", path: "/repos/b" });
  });

  it("describes a source in a few words", () => {
    expect(describeSource({ kind: "directory", path: "/repos/b" })).toBe("/repos/b");
    expect(describeSource({ kind: "archive", fileName: "b.zip", base64: "" })).toBe("b.zip");
    expect(describeSource({ kind: "git", url: "https://git.example.com/b.git", ref: "v1" })).toBe("https://git.example.com/b.git @ v1");
    expect(describeSource({ kind: "git", path: "/repos/b" })).toBe("/repos/b");
  });
});
