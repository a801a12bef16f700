import { AppError } from "@topograph/domain";
import { audited } from "../audit/audited-write.ts";
import { evidenceSourceAudit } from "../audit/practice-subjects.ts";
import { inTransaction, type TDb } from "../catalog/integrity.ts";

/**
 * Evidence sources registered once and re-read on a schedule (the evidence-rescan job), like
 * Backstage locations. The stored source is what the API resolved and allowed when it was
 * registered; the job checks it against the server's allowances again before every read.
 */
export interface TSourceRegistration {
  /** JSON-serialisable: { kind: "directory", path } | { kind: "git", url | path, ref? }. */
  source: unknown;
  sourceKey: string;
  componentSlug?: string;
  registeredBy: string;
}

/** Refuses a source registered already (checked before its first scan, and again when registering). */
export async function expectSourceUnregistered(db: TDb, sourceKey: string): Promise<void> {
  if (await db.evidenceSource.findUnique({ where: { sourceKey }, select: { id: true } })) {
    throw new AppError("DUPLICATE", `${sourceKey} is already registered; it is re-read on schedule.`, [{ path: "source", message: "Already registered." }]);
  }
}

export async function registerEvidenceSource(db: TDb, registration: TSourceRegistration): Promise<{ id: string }> {
  return inTransaction(db, async (tx) => {
    await expectSourceUnregistered(tx, registration.sourceKey);
    const component = registration.componentSlug ? await tx.component.findUnique({ where: { slug: registration.componentSlug }, select: { id: true } }) : null;
    if (registration.componentSlug && !component) throw AppError.invalid("component", `No component "${registration.componentSlug}" exists.`);
    return audited(tx, evidenceSourceAudit, "create", (created) => created.id, () =>
      tx.evidenceSource.create({ data: { source: JSON.stringify(registration.source), sourceKey: registration.sourceKey, componentId: component?.id ?? null, registeredBy: registration.registeredBy }, select: { id: true } }),
    );
  });
}

export async function unregisterEvidenceSource(db: TDb, id: string): Promise<{ id: string }> {
  return inTransaction(db, async (tx) => {
    if (!(await tx.evidenceSource.findUnique({ where: { id }, select: { id: true } }))) throw AppError.notFound("evidence source", id);
    await audited(tx, evidenceSourceAudit, "delete", id, () => tx.evidenceSource.delete({ where: { id } }));
    return { id };
  });
}

/** The component an evidence source is registered for, by slug; null for a source of the whole catalog. */
export async function evidenceSourceComponent(db: TDb, id: string): Promise<string | null> {
  const row = await db.evidenceSource.findUnique({ where: { id }, select: { component: { select: { slug: true } } } });
  if (!row) throw AppError.notFound("evidence source", id);
  return row.component?.slug ?? null;
}

/** Registered sources with how their last re-read went, oldest registration first. */
export async function listEvidenceSources(db: TDb) {
  const rows = await db.evidenceSource.findMany({ orderBy: { createdAt: "asc" }, include: { component: { select: { slug: true, name: true } } } });
  return rows.map((row) => ({
    id: row.id,
    source: JSON.parse(row.source) as unknown,
    sourceKey: row.sourceKey,
    component: row.component,
    registeredBy: row.registeredBy,
    createdAt: row.createdAt,
    lastScannedAt: row.lastScannedAt,
    lastScanId: row.lastScanId,
    lastError: row.lastError,
  }));
}

/** After a re-read: the scan it produced (or reused), or why it failed. Not audited: the scan itself is. */
export async function noteSourceRead(db: TDb, id: string, at: Date, outcome: { scanId: string } | { error: string }): Promise<void> {
  await db.evidenceSource.updateMany({
    where: { id },
    data: "scanId" in outcome ? { lastScannedAt: at, lastScanId: outcome.scanId, lastError: null } : { lastScannedAt: at, lastError: outcome.error.slice(0, 2000) },
  });
}
