import type { RouterInputs } from "@topograph/api";

export type TScanSourceInput = RouterInputs["evidence"]["scan"]["source"];
export type TSourceKind = TScanSourceInput["kind"];

export interface TSourceValues {
  kind: TSourceKind;
  path: string;
  /** A git repository's http(s) URL, or its path on the server. */
  repository: string;
  ref: string;
  archive: { fileName: string; base64: string } | null;
}

export const EMPTY_SOURCE: TSourceValues = { kind: "directory", path: "", repository: "", ref: "", archive: null };

/** The API's source for what the form holds: git takes a URL when it looks like one, else a server path. */
export function toScanSource(values: TSourceValues): TScanSourceInput {
  const ref = values.ref.trim() ? { ref: values.ref.trim() } : {};
  switch (values.kind) {
    case "directory":
      return { kind: "directory", path: values.path };
    case "git":
      return /^https?:\/\//i.test(values.repository.trim()) ? { kind: "git", url: values.repository.trim(), ...ref } : { kind: "git", path: values.repository, ...ref };
    case "archive":
      return { kind: "archive", fileName: values.archive?.fileName ?? "", base64: values.archive?.base64 ?? "" };
  }
}

/** What is being scanned, in a few words: the path, the archive's name or the repository. */
export function describeSource(source: TScanSourceInput): string {
  if (source.kind === "archive") return source.fileName;
  if ("url" in source) return source.ref ? `${source.url} @ ${source.ref}` : source.url;
  return source.kind === "git" && source.ref ? `${source.path} @ ${source.ref}` : source.path;
}

/** A file's bytes as base64 (what the API takes in its JSON body). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error ?? new Error("Cannot read the file."));
    reader.readAsDataURL(file);
  });
}
