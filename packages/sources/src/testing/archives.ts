import zlib from "node:zlib";
import { zipSync, type ZipAttributes } from "fflate";
import { pack } from "tar-stream";

/** An archive entry for tests: a file (text or bytes), a folder, or a link, under any name, unsafe ones included. */
export type TTestEntry =
  | { name: string; content: string | Uint8Array }
  | { name: string; directory: true }
  | { name: string; symlinkTo: string }
  | { name: string; hardlinkTo: string };

/** A gzipped tar of the entries, in order. */
export async function tarGz(entries: TTestEntry[]): Promise<Buffer> {
  const tar = pack();
  for (const entry of entries) {
    if ("content" in entry) tar.entry({ name: entry.name }, Buffer.from(entry.content));
    else if ("directory" in entry) tar.entry({ name: entry.name, type: "directory" });
    else if ("symlinkTo" in entry) tar.entry({ name: entry.name, type: "symlink", linkname: entry.symlinkTo });
    else tar.entry({ name: entry.name, type: "link", linkname: entry.hardlinkTo });
  }
  tar.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of tar) chunks.push(chunk as Buffer);
  return zlib.gzipSync(Buffer.concat(chunks));
}

const UNIX = 3;
const SYMLINK_MODE = 0o120777;

/** A zip of the entries, in order; symbolic links carry their Unix mode as zip tools write it. Zip has no hard links. */
export function zip(entries: TTestEntry[]): Buffer {
  const files: Record<string, [Uint8Array, ZipAttributes & { level: 9 }]> = {};
  for (const entry of entries) {
    if ("content" in entry) files[entry.name] = [Buffer.from(entry.content), { level: 9 }];
    else if ("directory" in entry) files[entry.name.endsWith("/") ? entry.name : `${entry.name}/`] = [new Uint8Array(), { level: 9 }];
    else if ("symlinkTo" in entry) files[entry.name] = [Buffer.from(entry.symlinkTo), { level: 9, os: UNIX, attrs: (SYMLINK_MODE << 16) >>> 0 }];
    else throw new Error("A zip has no hard links.");
  }
  return Buffer.from(zipSync(files));
}

/** The zip with every central-directory record claiming `size` unpacked bytes, as a zip bomb's headers may. */
export const withLyingSizes = (archive: Buffer, size: number): Buffer => patchCentralRecords(archive, (record, at) => record.writeUInt32LE(size, at + 24));

/** The zip with every entry flagged as encrypted (general purpose bit 0), as a password-protected zip is. */
export const withEncryptionFlag = (archive: Buffer): Buffer =>
  patchCentralRecords(archive, (record, at) => record.writeUInt16LE(record.readUInt16LE(at + 8) | 1, at + 8));

const CENTRAL_RECORD = Buffer.from([0x50, 0x4b, 0x01, 0x02]);

function patchCentralRecords(archive: Buffer, patch: (archive: Buffer, at: number) => void): Buffer {
  const patched = Buffer.from(archive);
  for (let at = patched.indexOf(CENTRAL_RECORD); at !== -1; at = patched.indexOf(CENTRAL_RECORD, at + 4)) patch(patched, at);
  return patched;
}
