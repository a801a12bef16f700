import { AppError, describeOperation, diffCatalogs, isEmptyDiff, replayScenario, type TCatalogDiff, type TOwnersChange } from "@topograph/domain";
import { inTransaction, type TTransaction } from "../catalog/integrity.ts";
import type { TDb } from "../catalog/integrity.ts";
import { loadPlanningCatalog } from "./planning-catalog.ts";
import { withAuditVia } from "../audit/audit-context.ts";
import { auditedUpdates } from "../audit/audited-many.ts";
import { audited } from "../audit/audited-write.ts";
import { inChunks } from "../bulk/catalog-inserts.ts";
import { componentAudit, solutionAreaAudit, teamAudit, teamInteractionAudit } from "../audit/catalog-subjects.ts";
import { getScenarioRecord } from "./scenarios.ts";

/** Slug → id for the rows a diff names, read once; an unknown slug means the catalog moved under us. */
async function idsOf(tx: TTransaction) {
  const [teams, components, areas] = await Promise.all([
    tx.team.findMany({ select: { id: true, slug: true } }),
    tx.component.findMany({ select: { id: true, slug: true } }),
    tx.solutionArea.findMany({ select: { id: true, slug: true } }),
  ]);
  const by = (rows: { id: string; slug: string }[], kind: string) => {
    const map = new Map(rows.map((r) => [r.slug, r.id]));
    return (slug: string) => {
      const id = map.get(slug);
      if (!id) throw new AppError("STALE_VERSION", `The ${kind} "${slug}" no longer exists; reload the scenario.`);
      return id;
    };
  };
  return { team: by(teams, "team"), component: by(components, "component"), area: by(areas, "solution area"), refreshTeams: async () => by(await tx.team.findMany({ select: { id: true, slug: true } }), "team") };
}

/** The rows whose team sets change, by id, with the ids of their new teams. */
function ownerRows(changes: TOwnersChange[], team: (slug: string) => string, rowId: (slug: string) => string) {
  return changes.map((change) => ({ rowId: rowId(change.slug), teamIds: change.to.map(team) }));
}

/** Writes a catalog difference: new teams first (others refer to them), removed teams last (once nothing refers to them). */
async function writeDiff(tx: TTransaction, diff: TCatalogDiff) {
  let ids = await idsOf(tx);
  if (diff.teamsAdded.length) {
    await tx.team.createMany({ data: diff.teamsAdded.map(({ slug, name, type }) => ({ slug, name, type, description: "Created by a team-boundary scenario." })) });
    ids = { ...ids, team: await ids.refreshTeams() };
    for (const added of diff.teamsAdded) await audited(tx, teamAudit, "create", ids.team(added.slug), async () => undefined);
  }
  for (const change of diff.teamsChanged) {
    await audited(tx, teamAudit, "update", ids.team(change.slug), () => tx.team.update({ where: { id: ids.team(change.slug) }, data: { ...(change.name ? { name: change.name.to } : {}), ...(change.type ? { type: change.type.to } : {}), version: { increment: 1 } } }));
  }
  for (const m of diff.memberships.filter((m) => m.change === "leave")) await audited(tx, teamAudit, "update", ids.team(m.team), () => tx.teamMember.deleteMany({ where: { teamId: ids.team(m.team), email: m.email } }));
  for (const m of diff.memberships.filter((m) => m.change === "join")) await audited(tx, teamAudit, "update", ids.team(m.team), () => tx.teamMember.create({ data: { teamId: ids.team(m.team), email: m.email, name: m.name, role: m.role } }));
  // Each changed row's team set is replaced and its version bumped, as an edit would; all rows of a kind at once.
  const components = ownerRows(diff.componentOwners, ids.team, ids.component);
  const componentIds = components.map((c) => c.rowId);
  await auditedUpdates(tx, componentAudit, componentIds, async () => {
    await inChunks(componentIds, (chunk) => tx.componentOwner.deleteMany({ where: { componentId: { in: chunk } } }));
    await inChunks(components.flatMap((c) => c.teamIds.map((teamId) => ({ componentId: c.rowId, teamId }))), (chunk) => tx.componentOwner.createMany({ data: chunk }));
    await inChunks(componentIds, (chunk) => tx.component.updateMany({ where: { id: { in: chunk } }, data: { version: { increment: 1 } } }));
  });
  const areas = ownerRows(diff.solutionAreaTeams, ids.team, ids.area);
  const areaIds = areas.map((a) => a.rowId);
  await auditedUpdates(tx, solutionAreaAudit, areaIds, async () => {
    await inChunks(areaIds, (chunk) => tx.solutionAreaTeam.deleteMany({ where: { solutionAreaId: { in: chunk } } }));
    await inChunks(areas.flatMap((a) => a.teamIds.map((teamId) => ({ solutionAreaId: a.rowId, teamId }))), (chunk) => tx.solutionAreaTeam.createMany({ data: chunk }));
    await inChunks(areaIds, (chunk) => tx.solutionArea.updateMany({ where: { id: { in: chunk } }, data: { version: { increment: 1 } } }));
  });
  for (const change of diff.ownershipModes) {
    await audited(tx, componentAudit, "update", ids.component(change.slug), () => tx.component.update({ where: { id: ids.component(change.slug) }, data: { ownershipMode: change.to, version: { increment: 1 } } }));
  }
  for (const change of diff.interactions) {
    const [a, b] = [ids.team(change.teamSlug), ids.team(change.withTeamSlug)];
    const action = change.to ? ((await teamInteractionAudit.read(tx, `${a}|${b}`)) ? "update" : "create") : "delete";
    await audited(tx, teamInteractionAudit, action, `${a}|${b}`, async () => {
      await tx.teamInteraction.deleteMany({ where: { OR: [{ teamId: a, withTeamId: b }, { teamId: b, withTeamId: a }] } });
      if (change.to) await tx.teamInteraction.create({ data: { teamId: a, withTeamId: b, mode: change.to } });
    });
  }
  for (const removed of diff.teamsRemoved) {
    const teamId = ids.team(removed.slug);
    const successor = removed.successor ? ids.team(removed.successor) : null;
    // Scorecards and initiatives the team owned pass to its successor rather than to nobody.
    await tx.scorecard.updateMany({ where: { ownerTeamId: teamId }, data: { ownerTeamId: successor } });
    await tx.initiative.updateMany({ where: { ownerTeamId: teamId }, data: { ownerTeamId: successor } });
    await audited(tx, teamAudit, "delete", teamId, () => tx.team.delete({ where: { id: teamId } }));
  }
}

/**
 * Applies a scenario in one transaction: replays it on the catalog as it is now, refuses when a
 * change no longer applies, and — unless the caller has seen them — when a change reads a part of
 * the catalog someone edited since it was drafted. Writes the difference and keeps the scenario as history.
 */
export async function applyScenario(db: TDb, input: { scenarioId: string; version: number; acceptChangedBase: boolean; at: Date }) {
  // Each written change is recorded through the scenario, all under the apply's one correlation id.
  return withAuditVia("scenario", () => inTransaction(db, async (tx) => {
    const record = await getScenarioRecord(tx, input.scenarioId);
    if (record.status !== "draft") throw new AppError("INVALID", `Scenario "${record.name}" was already applied on ${record.appliedAt?.toISOString()}.`);
    if (record.version !== input.version) throw new AppError("STALE_VERSION", `Scenario "${record.name}" changed since you loaded it (version ${input.version}, now ${record.version}); reload it before applying.`);
    const base = await loadPlanningCatalog(tx);
    const replay = replayScenario(base, record.changes);
    const summary = (changeId: string) => describeOperation(record.changes.find((c) => c.id === changeId)!.operation, base);
    const failed = replay.steps.filter((s) => s.status === "failed");
    if (failed.length) throw new AppError("INVALID", `The scenario no longer applies: ${failed.map((s) => `"${summary(s.changeId)}" (${s.status === "failed" ? s.message : ""})`).join("; ")}. Undo those changes first.`);
    const changed = replay.steps.filter((s) => s.status === "changed");
    if (changed.length && !input.acceptChangedBase) {
      throw new AppError("STALE_VERSION", `The catalog changed since ${changed.length === 1 ? "this change was" : "these changes were"} drafted: ${changed.map((s) => `"${summary(s.changeId)}"`).join("; ")}. Review the conflicts, then apply again to confirm.`);
    }
    const diff = diffCatalogs(base, replay.catalog);
    if (isEmptyDiff(diff)) throw new AppError("INVALID", `Scenario "${record.name}" changes nothing in today's catalog.`);
    await writeDiff(tx, diff);
    await tx.scenario.update({ where: { id: record.id }, data: { status: "applied", appliedAt: input.at, appliedDiff: JSON.stringify(diff), version: { increment: 1 } } });
    return { scenarioId: record.id, diff };
  }));
}
