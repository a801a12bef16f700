import { loadAttributionCatalog, recordScan, type TDb } from "@topograph/db";
import { AppError, checkCatalogDrift, checkKubernetes, checkRepository, scanWith } from "@topograph/domain";
import { readSource } from "@topograph/sources";
import type { resolveSource } from "./scan-sources.ts";

/** Reads a source the server allowed, runs every check on it, and stores the scan with its findings and facts. */
export async function runScan(db: TDb, resolved: ReturnType<typeof resolveSource>, component: string | undefined, now: () => Date) {
  const catalog = await loadAttributionCatalog(db, component);
  const startedAt = now();
  const tree = await readSource(resolved.source).catch((error: unknown) => {
    throw AppError.invalid("source", `Cannot read the source: ${error instanceof Error ? error.message : String(error)}`);
  });
  const scanned = scanWith([checkKubernetes, checkRepository, checkCatalogDrift(catalog)], tree.files);
  const result = { ...scanned, errors: [...tree.problems, ...scanned.errors] };
  const recorded = await recordScan(db, {
    source: resolved.stored,
    sourceKey: resolved.key,
    ...(tree.commit ? { commit: tree.commit } : {}),
    catalog,
    result,
    startedAt,
    finishedAt: now(),
  });
  return { scanId: recorded.id, reused: recorded.reused, commit: tree.commit ?? null, files: result.files, findings: result.findings.length, errors: result.errors.length };
}
