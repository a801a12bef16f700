import { promisify } from "node:util";
import yauzl, { type Entry, type ZipFile } from "yauzl";
import { FileContent, isWorthReading, safeEntryPath, stopAt, UnpackBudget, type TArchiveEntry, type TArchiveListing, type TEntryKind } from "./archive-entry.ts";
import type { TReadLimits } from "./source-files.ts";

const openZip = promisify<Buffer, yauzl.Options, ZipFile>(yauzl.fromBuffer);

const FILE_TYPE_MASK = 0o170000;
const SYMLINK_TYPE = 0o120000;

/**
 * Lists a zip archive in memory from its central directory. File names are decoded here rather than
 * by yauzl, whose own check fails the whole archive on the first unsafe name; we refuse that entry only,
 * and keep backslashes so the refusal shows the name as written.
 */
export async function listZip(bytes: Buffer, limits: TReadLimits): Promise<TArchiveListing> {
  const zip = await openZip(bytes, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true });
  const budget = new UnpackBudget(limits);
  const entries: TArchiveEntry[] = [];
  let current: string | undefined;
  try {
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
      current = name;
      budget.countEntry();
      const path = safeEntryPath(name);
      const kind = kindOf(entry, name);
      if (path === undefined) entries.push({ kind: "unsafe", name });
      else if (kind !== "file") entries.push({ kind, path });
      else if (!isWorthReading(path) || entry.uncompressedSize > limits.maxFileBytes) entries.push({ kind, path, size: entry.uncompressedSize });
      else entries.push(await readContent(zip, entry, path, limits, budget));
    }
    return { entries };
  } catch (error) {
    return { entries, stop: stopAt(current, error) };
  } finally {
    zip.close();
  }
}

function kindOf(entry: Entry, name: string): TEntryKind {
  if (name.endsWith("/")) return "directory";
  if (entry.isEncrypted()) return "encrypted";
  // Unix modes live in the upper half of the external attributes; zip has no hard links.
  return ((entry.externalFileAttributes >>> 16) & FILE_TYPE_MASK) === SYMLINK_TYPE ? "symlink" : "file";
}

/** Unpacks one file, counting bytes as they come: a header that understates the size does not help a zip bomb. */
async function readContent(zip: ZipFile, entry: Entry, path: string, limits: TReadLimits, budget: UnpackBudget): Promise<TArchiveEntry> {
  const stream = await promisify(zip.openReadStream.bind(zip))(entry);
  const content = new FileContent(limits.maxFileBytes);
  try {
    for await (const chunk of stream) {
      budget.spend((chunk as Buffer).byteLength);
      content.append(chunk as Buffer);
      if (content.isOverLimit) break;
    }
  } finally {
    stream.destroy();
  }
  return content.entry(path, entry.uncompressedSize);
}

/** The next entry of a lazily read zip, or undefined at the end. */
function nextEntry(zip: ZipFile): Promise<Entry | undefined> {
  return new Promise((resolve, reject) => {
    const settle = () => {
      zip.off("entry", onEntry).off("end", onEnd).off("error", onError);
    };
    const onEntry = (entry: Entry) => (settle(), resolve(entry));
    const onEnd = () => (settle(), resolve(undefined));
    const onError = (error: Error) => (settle(), reject(error));
    zip.on("entry", onEntry).on("end", onEnd).on("error", onError);
    zip.readEntry();
  });
}
