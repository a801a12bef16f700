import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { firstPageChunks, total } from "./first-page-bundle.ts";

/**
 * The bundle target of issue 10: the first page loads under 250 KB of gzipped JavaScript, and the
 * graph and diagram code (Mermaid, React Flow, ELK) only later, when a graph is opened.
 */
const TARGET_GZIP_BYTES = 250 * 1024;
const LAZY_PACKAGES = ["mermaid", "@xyflow/react", "@xyflow/system", "elkjs"];
const REPOSITORY = path.resolve(import.meta.dirname, "../..");
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

test("the first page loads under 250 KB of gzipped JavaScript, without Mermaid, React Flow or ELK", async ({ page }) => {
  const { entry, startup } = firstPageChunks(path.join(REPOSITORY, "apps/web/dist"));
  const eager = startup.flatMap((c) => c.packages.filter((p) => LAZY_PACKAGES.includes(p)).map((p) => `${p} in ${c.file}`));

  // What a browser fetches for the home page from the production server, signed in.
  const scripts: { file: string; transferred: number; encoding: string }[] = [];
  page.on("requestfinished", async (request) => {
    if (request.resourceType() !== "script") return;
    const response = await request.response();
    scripts.push({ file: new URL(request.url()).pathname.slice(1), transferred: (await request.sizes()).responseBodySize, encoding: response?.headers()["content-encoding"] ?? "none" });
  });
  await page.goto("/", { waitUntil: "networkidle" });
  await expect(page.getByRole("banner")).toBeVisible();
  const loadedChunks = startup.filter((c) => scripts.some((s) => s.file === c.file));
  const notPredicted = scripts.filter((s) => !startup.some((c) => c.file === s.file)).map((s) => s.file);

  const figures = {
    entry: { files: entry.length, bytes: total(entry, "bytes"), gzipBytes: total(entry, "gzipBytes") },
    firstPage: { files: startup.length, bytes: total(startup, "bytes"), gzipBytes: total(startup, "gzipBytes"), packages: [...new Set(startup.flatMap((c) => c.packages))].sort() },
    browser: { files: scripts.length, transferredBytes: scripts.reduce((n, s) => n + s.transferred, 0), encodings: [...new Set(scripts.map((s) => s.encoding))], notPredicted },
    largest: [...startup].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 5).map((c) => ({ file: c.file, gzipKB: kb(c.gzipBytes) })),
  };
  console.table([
    { measure: "entry: index.html's script, modulepreloads and their imports", files: figures.entry.files, "KB": kb(figures.entry.bytes), "KB gzip": kb(figures.entry.gzipBytes), target: "" },
    { measure: "first page: the entry and the app it imports at start-up", files: figures.firstPage.files, "KB": kb(figures.firstPage.bytes), "KB gzip": kb(figures.firstPage.gzipBytes), target: "< 250 KB gzip" },
    { measure: `the browser on / (${figures.browser.encodings.join(", ")} from the server)`, files: figures.browser.files, "KB": kb(figures.browser.transferredBytes), "KB gzip": "", target: "" },
  ]);
  fs.mkdirSync(path.join(REPOSITORY, "bench-results"), { recursive: true });
  fs.writeFileSync(
    path.join(REPOSITORY, "bench-results", "first-page.json"),
    JSON.stringify({ date: new Date().toISOString(), machine: { cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version }, targetGzipBytes: TARGET_GZIP_BYTES, ...figures }, null, 2),
  );

  expect(eager, "graph and diagram code must load lazily").toEqual([]);
  expect(notPredicted, "the home page loads only what the build says the first page holds").toEqual([]);
  expect(loadedChunks.length).toBe(scripts.length);
  expect(figures.firstPage.gzipBytes).toBeLessThan(TARGET_GZIP_BYTES);
});
