export { DEFAULT_READ_LIMITS, readSourceTree, type TReadLimits, type TReadResult } from "./directory.ts";
