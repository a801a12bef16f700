import { defineConfig } from "@playwright/test";
import base from "./playwright.config.ts";

/** The screen tour for people to review by eye: same server and browser as the tests, other folder. */
export default defineConfig({ ...base, testDir: "./review", retries: 0 });
