export { readArchive } from "./archive.ts";
export { readSourceTree } from "./directory.ts";
export { readGitRepository, type TGitReadOptions, type TGitReadResult } from "./git.ts";
export { DEFAULT_READ_LIMITS, type TReadLimits, type TReadResult } from "./source-files.ts";
