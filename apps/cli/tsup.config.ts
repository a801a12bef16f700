import { defineConfig } from "tsup";

/** The `topograph` command as one ESM file; workspace packages inlined, registry packages external (as the server). */
export default defineConfig({
  entry: { main: "src/main.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  outDir: "dist",
  clean: true,
  banner: { js: "#!/usr/bin/env node" },
  noExternal: [/^@topograph\//],
  external: [/^(?!@topograph\/)[^./]/],
});
