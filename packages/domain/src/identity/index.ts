export * from "./role.ts";
export * from "./password.ts";
export * from "./user.ts";
export * from "./sign-in.ts";
export * from "./session.ts";
export * from "./api-token.ts";
export * from "./setup.ts";
