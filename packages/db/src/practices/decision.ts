import {
  AppError,
  findAlternative,
  PRACTICE_CATALOGUE,
  type TChecklistScope,
  type TDecisionListInput,
  type TOwnershipMode,
  type TRecordDecisionInput,
  type TRepositoryStrategy,
} from "@topograph/domain";
import { audited } from "../audit/audited-write.ts";
import { componentAudit, organisationAudit } from "../audit/catalog-subjects.ts";
import { decisionAudit } from "../audit/practice-subjects.ts";
import { expectOneUpdated, inTransaction, staleVersion, type TDb, type TTransaction } from "../catalog/integrity.ts";
import { getOrganisation } from "../catalog/organisation.ts";
import { pageOf } from "../catalog/pagination.ts";
import { resolveScope, type TResolvedScope } from "./scope.ts";

const decisionSelect = {
  id: true,
  decisionPointId: true,
  alternativeId: true,
  rationale: true,
  decidedBy: true,
  decidedAt: true,
  version: true,
  scopeKey: true,
  team: { select: { slug: true, name: true } },
  boundedContext: { select: { slug: true, name: true } },
  component: { select: { slug: true, name: true } },
  namespace: { select: { slug: true, name: true } },
} as const;

type TDecisionRow = {
  id: string;
  decisionPointId: string;
  alternativeId: string;
  rationale: string;
  decidedBy: string;
  decidedAt: Date;
  version: number;
  scopeKey: string;
  team: { slug: string; name: string } | null;
  boundedContext: { slug: string; name: string } | null;
  component: { slug: string; name: string } | null;
  namespace: { slug: string; name: string } | null;
};

/** A decision as the API shows it: which scope chose what, with the article's warning if it is discouraged. */
function present(row: TDecisionRow, organisationName: string) {
  const found = findAlternative(PRACTICE_CATALOGUE, row.decisionPointId, row.alternativeId);
  const alternative = "error" in found ? null : found.alternative;
  const entity = row.team ?? row.boundedContext ?? row.component ?? row.namespace;
  const kind = row.scopeKey.split(":")[0]!;
  return {
    id: row.id,
    decisionPointId: row.decisionPointId,
    alternativeId: row.alternativeId,
    alternativeTitle: alternative?.title ?? row.alternativeId,
    warning: alternative?.discouraged?.reason ?? null,
    rationale: row.rationale,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt,
    version: row.version,
    scope: entity ? { kind, slug: entity.slug, name: entity.name } : { kind: "organisation", slug: null, name: organisationName },
  };
}

/** Two decisions are also catalog settings; recording them changes the settings in the same transaction. */
async function applyToCatalog(tx: TTransaction, resolved: TResolvedScope, decisionPointId: string, alternativeId: string) {
  // The settings change is audited as the entity's own update (no entry when the setting already agreed).
  if (decisionPointId === "ownership.mode" && resolved.kind === "organisation") {
    await audited(tx, organisationAudit, "update", "organisation", () =>
      tx.organisation.update({ where: { id: "organisation" }, data: { defaultOwnershipMode: alternativeId as TOwnershipMode, version: { increment: 1 } } }),
    );
  } else if (decisionPointId === "ownership.mode" && resolved.kind === "component") {
    const componentId = resolved.columns.componentId!;
    await audited(tx, componentAudit, "update", componentId, () => tx.component.update({ where: { id: componentId }, data: { ownershipMode: alternativeId as TOwnershipMode, version: { increment: 1 } } }));
  } else if (decisionPointId === "repository.strategy" && resolved.kind === "organisation") {
    await audited(tx, organisationAudit, "update", "organisation", () =>
      tx.organisation.update({ where: { id: "organisation" }, data: { repositoryStrategy: alternativeId as TRepositoryStrategy, version: { increment: 1 } } }),
    );
  }
}

export async function recordDecision(db: TDb, input: TRecordDecisionInput) {
  const found = findAlternative(PRACTICE_CATALOGUE, input.decisionPointId, input.alternativeId);
  if ("error" in found) throw AppError.invalid(found.error.path, found.error.message);
  return inTransaction(db, async (tx) => {
    const resolved = await resolveScope(tx, input.scope);
    const key = { scopeKey_decisionPointId: { scopeKey: resolved.key, decisionPointId: input.decisionPointId } };
    const current = await tx.decision.findUnique({ where: key, select: { id: true, version: true } });
    if (current && input.version !== current.version) throw staleVersion("decision", input.version ?? 0, current.version);
    if (!current && input.version !== undefined) throw staleVersion("decision", input.version, "unknown");
    const fields = { alternativeId: input.alternativeId, rationale: input.rationale, decidedBy: input.decidedBy, decidedAt: new Date() };
    const row = current
      ? await audited(tx, decisionAudit, "update", current.id, async () => {
          // The version read above is repeated in the write: on PostgreSQL another transaction may have decided in between.
          expectOneUpdated("decision", await tx.decision.updateMany({ where: { id: current.id, version: current.version }, data: { ...fields, version: { increment: 1 } } }), current.version);
          return tx.decision.findUniqueOrThrow({ where: { id: current.id }, select: decisionSelect });
        })
      : await audited(tx, decisionAudit, "create", (created) => created.id, () =>
          tx.decision.create({ data: { ...fields, ...resolved.columns, scopeKey: resolved.key, decisionPointId: input.decisionPointId }, select: decisionSelect }),
        );
    await applyToCatalog(tx, resolved, input.decisionPointId, input.alternativeId);
    return present(row, (await getOrganisation(tx)).name);
  });
}

export async function listDecisions(db: TDb, input: TDecisionListInput) {
  const scopeKey = input.scope ? (await resolveScope(db, input.scope)).key : undefined;
  const where = { ...(input.decisionPointId ? { decisionPointId: input.decisionPointId } : {}), ...(scopeKey ? { scopeKey } : {}) };
  const organisation = await getOrganisation(db);
  const page = await pageOf(
    input,
    () => db.decision.count({ where }),
    (args) => db.decision.findMany({ where, select: decisionSelect, orderBy: [{ decidedAt: "desc" }, { id: "desc" }], ...args }),
  );
  return { ...page, items: page.items.map((row) => present(row, organisation.name)) };
}

/**
 * Every decision point as it stands for one scope: its own decision, else the nearest broader
 * scope's (inherited), else undecided. Ownership mode and repository strategy are also catalog
 * settings, which can change outside decisions: for them the setting says which alternative
 * applies, and a recorded decision adds its rationale only while it agrees with the setting.
 */
export async function decisionsForScope(db: TDb, scope: TChecklistScope) {
  const resolved = await resolveScope(db, scope);
  const keys = [resolved.key, ...resolved.parents.map((p) => p.key)];
  const organisation = await getOrganisation(db);
  const rows = await db.decision.findMany({ where: { scopeKey: { in: keys } }, select: decisionSelect });
  const component = resolved.kind === "component" ? await db.component.findUnique({ where: { id: resolved.columns.componentId }, select: { ownershipMode: true } }) : null;
  const settings: Record<string, string> = {
    "ownership.mode": component?.ownershipMode ?? organisation.defaultOwnershipMode,
    "repository.strategy": organisation.repositoryStrategy,
  };
  return PRACTICE_CATALOGUE.decisionPoints.map((point) => {
    const setting = settings[point.id];
    for (const key of keys) {
      const row = rows.find((r) => r.scopeKey === key && r.decisionPointId === point.id && (!setting || r.alternativeId === setting));
      if (row) return { point, source: key === resolved.key ? ("own" as const) : ("inherited" as const), decision: present(row, organisation.name) };
    }
    if (setting) {
      const alternative = point.alternatives.find((a) => a.id === setting);
      return { point, source: "setting" as const, decision: { alternativeId: setting, alternativeTitle: alternative?.title ?? setting, warning: alternative?.discouraged?.reason ?? null } };
    }
    return { point, source: "undecided" as const, decision: null };
  });
}
