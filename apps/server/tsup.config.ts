import { defineConfig } from "tsup";

/**
 * Bundles the server and the workspace packages it imports into one ESM file. Registry
 * dependencies stay external and load from node_modules (better-sqlite3 is native).
 */
export default defineConfig({
  entry: { main: "src/main.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  outDir: "dist",
  clean: true,
  sourcemap: true,
  noExternal: [/^@topograph\//],
  // Everything else that is not a relative path is a registry package (or a Node built-in).
  // Registry packages stay external and resolve from this app's folder: every one the inlined
  // workspace packages import must be a dependency here too, at their range (tar-stream 3 sits
  // beside an older tar-stream 2 that prebuild-install brings to the root).
  external: [/^(?!@topograph\/)[^./]/],
});
