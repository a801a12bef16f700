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
  // Registry packages stay external and resolve from this app's folder: every one the inlined
  // workspace packages import must be a dependency here too, at their range (tar-stream 3 sits
  // beside an older tar-stream 2 that prebuild-install brings to the root).
  external: [/^(?!@topograph\/)[^./]/],
});
