import { AppError, factsFromFindings, findingAsked, practiceAskedOf, subjectsOf, summarise, type TAttributionCatalog, type TComponentKind, type TScanResult, type TSubject } from "@topograph/domain";
import { audited } from "../audit/audited-write.ts";
import { evidenceScanAudit } from "../audit/practice-subjects.ts";
import { inTransaction, type TDb } from "../catalog/integrity.ts";
import { loadSubjectIds, subjectColumns, subjectKey } from "../scorecards/subjects.ts";

const CHUNK = 500;

export interface TScanRecord {
  /** JSON-serialisable description of the source, kept to re-read it. */
  source: unknown;
  sourceKey: string;
  commit?: string;
  /** The catalog the findings were made against (loadAttributionCatalog); its component is the scan's. */
  catalog: TAttributionCatalog;
  result: TScanResult;
  startedAt: Date;
  finishedAt: Date;
}

/**
 * Stores a scan with its findings and turns them into evidence facts, all in one transaction: the
 * facts this source produced before are replaced, so a re-scan never leaves stale proof behind.
 * Its pass/fail/warn counts leave out findings about practices not asked of their component.
 * Scanning a commit that was already scanned returns that scan and changes nothing.
 */
export async function recordScan(db: TDb, record: TScanRecord): Promise<{ id: string; reused: boolean }> {
  const { catalog } = record;
  if (record.commit) {
    const same = await db.evidenceScan.findFirst({ where: { sourceKey: record.sourceKey, commit: record.commit, ...(catalog.component ? { component: { slug: catalog.component } } : {}) }, select: { id: true } });
    if (same) return { id: same.id, reused: true };
  }
  const ids = await loadSubjectIds(db);
  const idOf = (subject: TSubject) => ids.idOf(subject.kind, subject.slug)!;
  const summary = summarise(record.result.findings.filter((finding) => findingAsked(finding, catalog).asked));
  const facts = factsFromFindings(record.result.findings, catalog);
  // One entry per scan (its counts and number of findings), not one per finding or fact.
  return inTransaction(db, (tx) =>
    audited(tx, evidenceScanAudit, "create", (recorded) => recorded.id, async () => {
      const scan = await tx.evidenceScan.create({
        data: {
          source: JSON.stringify(record.source),
          sourceKey: record.sourceKey,
          commit: record.commit ?? null,
          componentId: catalog.component ? ids.idOf("component", catalog.component)! : null,
          files: record.result.files,
          errors: JSON.stringify(record.result.errors),
          ...summary,
          startedAt: record.startedAt,
          finishedAt: record.finishedAt,
        },
        select: { id: true },
      });
      const rows = record.result.findings.map((f) => {
        const subject = subjectsOf(f, catalog)[0];
        return {
          scanId: scan.id,
          checkId: f.checkId,
          practiceId: f.practiceId,
          status: f.status,
          severity: f.severity,
          objectKind: f.object.kind,
          objectNamespace: f.object.namespace,
          objectName: f.object.name,
          file: f.file,
          line: f.line,
          message: f.message,
          remediation: f.remediation,
          subjectKey: subject ? subjectKey(subject.kind, idOf(subject)) : null,
        };
      });
      for (let i = 0; i < rows.length; i += CHUNK) await tx.evidenceFinding.createMany({ data: rows.slice(i, i + CHUNK) });
      // The latest scan of any source wins a fact; this source's facts it no longer proves go away.
      const keep = new Set<string>();
      for (const fact of facts) {
        const key = subjectKey(fact.subject.kind, idOf(fact.subject));
        keep.add(`${key}|${fact.key}`);
        const data = { value: JSON.stringify(fact.value), message: fact.message, source: record.sourceKey, file: fact.file, line: fact.line, observedAt: record.finishedAt };
        await tx.evidenceFact.upsert({ where: { subjectKey_key: { subjectKey: key, key: fact.key } }, create: { subjectKey: key, ...subjectColumns(fact.subject.kind, idOf(fact.subject)), key: fact.key, ...data }, update: data });
      }
      const previous = await tx.evidenceFact.findMany({ where: { source: record.sourceKey }, select: { id: true, subjectKey: true, key: true } });
      const stale = previous.filter((f) => !keep.has(`${f.subjectKey}|${f.key}`)).map((f) => f.id);
      for (let i = 0; i < stale.length; i += CHUNK) await tx.evidenceFact.deleteMany({ where: { id: { in: stale.slice(i, i + CHUNK) } } });
      return { id: scan.id, reused: false };
    }),
  );
}

const scanSelect = { id: true, sourceKey: true, commit: true, files: true, errors: true, pass: true, fail: true, warn: true, startedAt: true, finishedAt: true, component: { select: { slug: true, name: true } } } as const;

/** Scans, newest first: all, one by ID, or a component's (made for it, or with findings given to it by object name). */
export async function listScans(db: TDb, filter: { componentSlug?: string; scanId?: string; limit: number }) {
  const component = filter.componentSlug ? await db.component.findUnique({ where: { slug: filter.componentSlug }, select: { id: true } }) : undefined;
  if (component === null) return [];
  const where = {
    ...(component ? { OR: [{ componentId: component.id }, { findings: { some: { subjectKey: subjectKey("component", component.id) } } }] } : {}),
    ...(filter.scanId ? { id: filter.scanId } : {}),
  };
  const rows = await db.evidenceScan.findMany({ where, select: scanSelect, orderBy: [{ finishedAt: "desc" }, { id: "asc" }], take: filter.limit });
  return rows.map(({ errors, ...row }) => ({ ...row, errors: JSON.parse(errors) as TScanResult["errors"] }));
}

const findingSelect = { checkId: true, practiceId: true, status: true, severity: true, objectKind: true, objectNamespace: true, objectName: true, file: true, line: true, message: true, remediation: true, scanId: true, subjectKey: true } as const;
const findingOrder = [{ file: "asc" }, { line: "asc" }, { checkId: "asc" }] as const;
type TFindingRow = { [K in keyof typeof findingSelect]: unknown } & { practiceId: string; objectKind: string; objectNamespace: string | null; objectName: string; subjectKey: string | null };

/**
 * Rows as findings, each saying whether it counts as evidence for the component it was attributed
 * to: not when its practice is not asked of the component's kind (judged by the kind it has now).
 */
async function asFindings<T extends TFindingRow>(db: TDb, rows: readonly T[]) {
  const componentKeys = new Set(rows.flatMap((row) => (row.subjectKey?.startsWith("component:") ? [row.subjectKey] : [])));
  const components = await db.component.findMany({ where: { id: { in: [...componentKeys].map((key) => key.slice("component:".length)) } }, select: { id: true, slug: true, kind: true } });
  const componentOf = new Map(components.map((c) => [subjectKey("component", c.id), { slug: c.slug, kind: c.kind as TComponentKind }]));
  return rows.map(({ objectKind, objectNamespace, objectName, subjectKey: subject, ...row }) => ({
    ...row,
    object: { kind: objectKind, namespace: objectNamespace, name: objectName },
    ...practiceAskedOf(row.practiceId, subject ? componentOf.get(subject) : undefined),
  }));
}

/** The findings of one scan, or the latest findings about one component across its sources. */
export async function listFindings(db: TDb, filter: { scanId: string } | { componentSlug: string }) {
  if ("scanId" in filter) {
    const scan = await db.evidenceScan.findUnique({ where: { id: filter.scanId }, select: { id: true } });
    if (!scan) throw AppError.notFound("scan", filter.scanId);
    return asFindings(db, await db.evidenceFinding.findMany({ where: { scanId: filter.scanId }, select: findingSelect, orderBy: [...findingOrder] }));
  }
  const component = await db.component.findUnique({ where: { slug: filter.componentSlug }, select: { id: true } });
  if (!component) throw AppError.notFound("component", filter.componentSlug);
  // Each source's latest scan speaks for it; older scans of the same source are history.
  const scans = await db.evidenceScan.findMany({ where: { findings: { some: { subjectKey: subjectKey("component", component.id) } } }, select: { id: true, sourceKey: true, finishedAt: true }, orderBy: { finishedAt: "desc" } });
  const latest = [...new Map(scans.map((s) => [s.sourceKey, s.id] as const).reverse()).values()];
  return asFindings(db, await db.evidenceFinding.findMany({ where: { scanId: { in: latest }, subjectKey: subjectKey("component", component.id) }, select: findingSelect, orderBy: [...findingOrder] }));
}
