import { defineConfig } from "@playwright/test";
import base from "./playwright.config.ts";

/** Performance targets run as benchmarks (`npm run bench`), never as part of `npm test`. */
export default defineConfig({ ...base, testDir: "./bench", testMatch: "**/*.bench.spec.ts", retries: 0, reporter: "list" });
