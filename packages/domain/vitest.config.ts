import { defineConfig } from "vitest/config";

// Mermaid under jsdom is slow to import on a busy 2-core machine.
export default defineConfig({ test: { include: ["src/**/*.test.ts"], testTimeout: 30_000 } });
