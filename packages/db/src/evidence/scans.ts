import { AppError, factsFromFindings, subjectsOf, summarise, type TAttributionCatalog, type TComponentKind, type TScanResult } from "@topograph/domain";
import { inTransaction, type TDb } from "../catalog/integrity.ts";
import { subjectColumns, subjectKey } from "../scorecards/subjects.ts";

const CHUNK = 500;

export interface TScanRecord {
  /** JSON-serialisable description of the source, kept to re-read it. */
  source: unknown;
  sourceKey: string;
  commit?: string;
  componentSlug?: string;
  result: TScanResult;
  startedAt: Date;
  finishedAt: Date;
}

async function attributionCatalog(db: TDb, componentSlug: string | undefined): Promise<{ catalog: TAttributionCatalog; ids: { component: Map<string, string>; namespace: Map<string, string> } }> {
  const [components, namespaces] = await Promise.all([db.component.findMany({ select: { id: true, slug: true, kind: true } }), db.namespace.findMany({ select: { id: true, slug: true, name: true } })]);
  if (componentSlug && !components.some((c) => c.slug === componentSlug)) throw AppError.invalid("component", `No component "${componentSlug}" exists.`);
  const namespacesByName = new Map<string, string[]>();
  for (const n of namespaces) namespacesByName.set(n.name, [...(namespacesByName.get(n.name) ?? []), n.slug]);
  return {
    catalog: { ...(componentSlug ? { component: componentSlug } : {}), componentKinds: new Map(components.map((c) => [c.slug, c.kind as TComponentKind])), namespacesByName },
    ids: { component: new Map(components.map((c) => [c.slug, c.id])), namespace: new Map(namespaces.map((n) => [n.slug, n.id])) },
  };
}

/**
 * Stores a scan with its findings and turns them into evidence facts, all in one transaction: the
 * facts this source produced before are replaced, so a re-scan never leaves stale proof behind.
 * Scanning a commit that was already scanned returns that scan and changes nothing.
 */
export async function recordScan(db: TDb, record: TScanRecord): Promise<{ id: string; reused: boolean }> {
  if (record.commit) {
    const same = await db.evidenceScan.findFirst({ where: { sourceKey: record.sourceKey, commit: record.commit, ...(record.componentSlug ? { component: { slug: record.componentSlug } } : {}) }, select: { id: true } });
    if (same) return { id: same.id, reused: true };
  }
  const { catalog, ids } = await attributionCatalog(db, record.componentSlug);
  const idOf = (subject: { kind: string; slug: string }) => (subject.kind === "namespace" ? ids.namespace : ids.component).get(subject.slug)!;
  const summary = summarise(record.result.findings);
  const facts = factsFromFindings(record.result.findings, catalog);
  return inTransaction(db, async (tx) => {
    const scan = await tx.evidenceScan.create({
      data: {
        source: JSON.stringify(record.source),
        sourceKey: record.sourceKey,
        commit: record.commit ?? null,
        componentId: record.componentSlug ? ids.component.get(record.componentSlug)! : null,
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
  });
}

const scanSelect = { id: true, sourceKey: true, commit: true, files: true, errors: true, pass: true, fail: true, warn: true, startedAt: true, finishedAt: true, component: { select: { slug: true, name: true } } } as const;

export async function listScans(db: TDb, filter: { componentSlug?: string; scanId?: string; limit: number }) {
  const where = { ...(filter.componentSlug ? { component: { slug: filter.componentSlug } } : {}), ...(filter.scanId ? { id: filter.scanId } : {}) };
  const rows = await db.evidenceScan.findMany({ where, select: scanSelect, orderBy: [{ finishedAt: "desc" }, { id: "asc" }], take: filter.limit });
  return rows.map(({ errors, ...row }) => ({ ...row, errors: JSON.parse(errors) as TScanResult["errors"] }));
}

const findingSelect = { checkId: true, practiceId: true, status: true, severity: true, objectKind: true, objectNamespace: true, objectName: true, file: true, line: true, message: true, remediation: true, scanId: true } as const;
type TFindingRow = { [K in keyof typeof findingSelect]: unknown } & { objectKind: string; objectNamespace: string | null; objectName: string };
const toFinding = <T extends TFindingRow>({ objectKind, objectNamespace, objectName, ...row }: T) => ({ ...row, object: { kind: objectKind, namespace: objectNamespace, name: objectName } });

/** The findings of one scan, or the latest findings about one component across its sources. */
export async function listFindings(db: TDb, filter: { scanId: string } | { componentSlug: string }) {
  if ("scanId" in filter) {
    const scan = await db.evidenceScan.findUnique({ where: { id: filter.scanId }, select: { id: true } });
    if (!scan) throw AppError.notFound("scan", filter.scanId);
    return (await db.evidenceFinding.findMany({ where: { scanId: filter.scanId }, select: findingSelect, orderBy: [{ file: "asc" }, { line: "asc" }, { checkId: "asc" }] })).map(toFinding);
  }
  const component = await db.component.findUnique({ where: { slug: filter.componentSlug }, select: { id: true } });
  if (!component) throw AppError.notFound("component", filter.componentSlug);
  // Each source's latest scan speaks for it; older scans of the same source are history.
  const scans = await db.evidenceScan.findMany({ where: { findings: { some: { subjectKey: subjectKey("component", component.id) } } }, select: { id: true, sourceKey: true, finishedAt: true }, orderBy: { finishedAt: "desc" } });
  const latest = [...new Map(scans.map((s) => [s.sourceKey, s.id] as const).reverse()).values()];
  const rows = await db.evidenceFinding.findMany({ where: { scanId: { in: latest }, subjectKey: subjectKey("component", component.id) }, select: findingSelect, orderBy: [{ file: "asc" }, { line: "asc" }, { checkId: "asc" }] });
  return rows.map(toFinding);
}
