import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { ADMIN_STORAGE_STATE, E2E_ADMIN, E2E_DEMO_PASSWORD } from "./specs/identity/credentials.ts";

// E2E_PORT lets two suites run side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const ci = Boolean(process.env.CI);

// Every run starts on a new database holding only the demo organisation, so specs never see each
// other's leftovers from an earlier run.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "topograph-e2e-"));

// The only folder the server may scan for evidence: the sample repositories the evidence specs read.
const EVIDENCE_FIXTURES = path.resolve(import.meta.dirname, "fixtures/evidence");

// Specs that change the demo organisation every other spec reads (applying a scenario to it) run on
// their own, once all others have finished, and put it back as they found it.
const CATALOG_WRITES = /\.last\.spec\.ts$/;

// Debian's Chromium where it is installed (Playwright cannot download its own browser here).
const systemChromium = "/usr/bin/chromium";
const launchOptions = fs.existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-dev-shm-usage"],
    }
  : {};

export default defineConfig({
  testDir: "./specs",
  outputDir: "./test-results",
  fullyParallel: false,
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  workers: ci ? 1 : undefined,
  reporter: "list",
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions,
  },
  projects: [
    // Signs in once as the first administrator; the other projects start from that browser state.
    { name: "sign-in", testMatch: /\.setup\.ts$/, use: { ...devices["Desktop Chrome"], launchOptions } },
    { name: "chromium", testIgnore: CATALOG_WRITES, dependencies: ["sign-in"], use: { ...devices["Desktop Chrome"], launchOptions, storageState: ADMIN_STORAGE_STATE } },
    {
      name: "catalog-writes",
      testMatch: CATALOG_WRITES,
      dependencies: ["chromium"],
      use: { ...devices["Desktop Chrome"], launchOptions, storageState: ADMIN_STORAGE_STATE },
    },
  ],
  webServer: {
    command: "node ../apps/server/dist/main.js",
    env: {
      PORT: String(PORT),
      DATABASE_URL: `file:${path.join(dataDir, "e2e.db")}`,
      TOPOGRAPH_DEMO: "true",
      TOPOGRAPH_SCAN_ROOTS: EVIDENCE_FIXTURES,
      // Test-only passwords, so identity specs can sign in as the first administrator and demo users.
      TOPOGRAPH_ADMIN_EMAIL: E2E_ADMIN.email,
      TOPOGRAPH_ADMIN_PASSWORD: E2E_ADMIN.password,
      TOPOGRAPH_DEMO_PASSWORD: E2E_DEMO_PASSWORD,
    },
    url: `http://localhost:${PORT}/readyz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
