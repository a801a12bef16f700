import { defineConfig } from "vitest/config";

export default defineConfig({
  // Generous timeouts: on a 2-core machine turbo runs every suite at once, and each test builds real databases.
  // docker/kubernetes.test.ts scans the portal's own manifests through the scan command, so this package runs it.
  test: { include: ["src/**/*.test.ts", "../../docker/*.test.ts"], globalSetup: ["../../packages/db/src/testing/global-setup.ts"], testTimeout: 60_000, hookTimeout: 60_000 },
});
