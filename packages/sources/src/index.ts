export { readArchive } from "./archive.ts";
export { readSourceTree } from "./directory.ts";
export { readGitRepository, type TGitReadOptions, type TGitReadResult } from "./git.ts";
export { readSource, type TSource, type TSourceReadResult } from "./read-source.ts";
export { DEFAULT_READ_LIMITS, type TReadLimits, type TReadResult } from "./source-files.ts";
