import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import git, { type HttpClient } from "isomorphic-git";
import nodeHttp from "isomorphic-git/http/node";
import { DEFAULT_READ_LIMITS, isWantedFile, SKIPPED_DIRECTORIES, SourceFileCollector, type TReadLimits, type TReadResult } from "./source-files.ts";

export interface TGitReadOptions {
  /** A branch, a tag or a commit SHA (abbreviated too, for a local repository); HEAD when left out. */
  ref?: string;
  limits?: TReadLimits;
  /** How long one request of a clone may take, the download included. */
  cloneTimeoutMs?: number;
}

export interface TGitReadResult extends TReadResult {
  commit: string;
}

const SYMLINK_MODE = "120000";
const DEFAULT_CLONE_TIMEOUT_MS = 120_000;

/**
 * Reads the files evidence readers understand from a git repository at one commit, through
 * isomorphic-git rather than a git binary. A local path is read from its object store, never its
 * working tree, so uncommitted changes are not evidence; an http(s) URL is cloned shallowly into a
 * temporary folder that is removed afterwards.
 */
export async function readGitRepository(pathOrUrl: string, options: TGitReadOptions = {}): Promise<TGitReadResult> {
  if (/^https?:\/\//i.test(pathOrUrl)) return readRemoteRepository(pathOrUrl, options);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(pathOrUrl)) throw new Error(`Only http(s) URLs can be cloned, not ${withoutCredentials(pathOrUrl)}.`);
  return readLocalRepository(pathOrUrl, options);
}

async function readLocalRepository(target: string, { ref = "HEAD", limits = DEFAULT_READ_LIMITS }: TGitReadOptions): Promise<TGitReadResult> {
  const root = path.resolve(target);
  return readCommitTree(gitDirectoryOf(root), ref, limits, root);
}

async function readRemoteRepository(url: string, { ref, limits = DEFAULT_READ_LIMITS, cloneTimeoutMs = DEFAULT_CLONE_TIMEOUT_MS }: TGitReadOptions): Promise<TGitReadResult> {
  const shownUrl = withoutCredentials(url);
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), "topograph-git-"));
  try {
    try {
      // No checkout: the files are read from the object store, so nothing of the repository is written as files.
      await git.clone({ fs, http: boundedHttp(limits.maxTotalBytes, cloneTimeoutMs), dir, url, ref, singleBranch: true, depth: 1, noCheckout: true, noTags: true });
    } catch (error) {
      throw new Error(`Could not clone ${shownUrl}${ref ? ` at ${ref}` : ""}: ${messageOf(error).replaceAll(url, shownUrl)}`);
    }
    return await readCommitTree(path.join(dir, ".git"), "HEAD", limits, shownUrl);
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}

/** The git directory of a working copy (".git") or of a bare repository (the folder itself). */
function gitDirectoryOf(root: string): string {
  if (fs.existsSync(path.join(root, ".git"))) return path.join(root, ".git");
  if (fs.existsSync(path.join(root, "HEAD")) && fs.existsSync(path.join(root, "objects"))) return root;
  throw new Error(`${root} is not a git repository (it has no .git folder).`);
}

async function readCommitTree(gitdir: string, ref: string, limits: TReadLimits, root: string): Promise<TGitReadResult> {
  const cache = {};
  const resolved = await resolveRef(gitdir, ref, root);
  // readCommit peels an annotated tag to its commit.
  const { oid: commit, commit: content } = await git.readCommit({ fs, gitdir, oid: resolved, cache });
  const collector = new SourceFileCollector(limits);

  const walk = async (treeOid: string, prefix: string): Promise<void> => {
    const { tree } = await git.readTree({ fs, gitdir, oid: treeOid, cache });
    for (const entry of tree) {
      const relative = prefix + entry.path;
      if (entry.type === "tree") {
        if (!SKIPPED_DIRECTORIES.has(entry.path)) await walk(entry.oid, `${relative}/`);
      } else if (entry.type === "blob" && isWantedFile(relative)) {
        if (entry.mode === SYMLINK_MODE) collector.report(relative, "A symbolic link in the repository; not read.");
        else if (collector.hasRoom(relative)) {
          const { blob } = await git.readBlob({ fs, gitdir, oid: entry.oid, cache });
          if (collector.fits(relative, blob.byteLength)) collector.add(relative, blob);
        }
      }
      // Submodules ("commit" entries) are other repositories: not part of this one's evidence.
    }
  };

  await walk(content.tree, "");
  return { ...collector.result(root), commit };
}

/** The object a branch, tag, full or abbreviated SHA names, with an error that says which ref was not found. */
async function resolveRef(gitdir: string, ref: string, root: string): Promise<string> {
  try {
    return await git.resolveRef({ fs, gitdir, ref });
  } catch {
    if (/^[0-9a-f]{4,39}$/i.test(ref)) {
      try {
        return await git.expandOid({ fs, gitdir, oid: ref });
      } catch {
        // Not an abbreviated SHA either; reported below.
      }
    }
    throw new Error(`"${ref}" is neither a branch, a tag nor a commit of ${root}.`);
  }
}

/**
 * isomorphic-git's Node client with a time limit per request and a cap on downloaded bytes over the
 * whole clone, so an unreachable or hostile server cannot hold or fill the machine.
 */
function boundedHttp(maxBytes: number, timeoutMs: number): HttpClient {
  let downloaded = 0;
  async function* counted(body: AsyncIterableIterator<Uint8Array>): AsyncIterableIterator<Uint8Array> {
    for await (const chunk of body) {
      downloaded += chunk.byteLength;
      if (downloaded > maxBytes) throw new Error(`the repository is over ${Math.round(maxBytes / 1024 / 1024)} MB to download`);
      yield chunk;
    }
  }
  return {
    async request(request) {
      const response = await nodeHttp.request({ ...request, signal: AbortSignal.timeout(timeoutMs) });
      return response.body ? { ...response, body: counted(response.body) } : response;
    },
  };
}

/** The URL as it may be shown in messages and stored as the source's root: without user name or token. */
function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return url;
    parsed.username = "";
    parsed.password = "";
    return parsed.toString();
  } catch {
    return url;
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
