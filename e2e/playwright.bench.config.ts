import { defineConfig } from "@playwright/test";
import base from "./playwright.config.ts";

/** Performance targets run as benchmarks (`npm run bench`), never as part of `npm test`. */
export default defineConfig({
  ...base,
  testDir: "./bench",
  testMatch: "**/*.bench.spec.ts",
  retries: 0,
  reporter: "list",
  // Benchmarks open signed-in pages: the sign-in setup runs first, from the specs folder, as in the suite.
  projects: (base.projects ?? []).filter((project) => project.name !== "catalog-writes").map((project) => (project.name === "sign-in" ? { ...project, testDir: "./specs" } : project)),
});
