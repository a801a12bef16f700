export * from "./job-catalogue.ts";
export * from "./job-status.ts";
