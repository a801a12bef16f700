export * from "./vocabulary.ts";
export * from "./diff.ts";
export * from "./entry.ts";
export * from "./query.ts";
export * from "./export-format.ts";
