export * from "./change-request.ts";
