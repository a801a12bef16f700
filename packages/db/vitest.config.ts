import { defineConfig } from "vitest/config";

export default defineConfig({
  // Generous timeouts: on a 2-core machine turbo runs every suite at once, and each test builds real databases.
  test: { include: ["src/**/*.test.ts"], globalSetup: ["./src/testing/global-setup.ts"], setupFiles: ["./src/testing/setup.ts"], testTimeout: 60_000, hookTimeout: 60_000 },
});
