export * from "./actor.ts";
export * from "./owned-target.ts";
export * from "./permission.ts";
