export { readArchive } from "./archive.ts";
export { readSourceTree } from "./directory.ts";
export { DEFAULT_READ_LIMITS, type TReadLimits, type TReadResult } from "./source-files.ts";
