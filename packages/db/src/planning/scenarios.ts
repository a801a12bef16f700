import { AppError, ZScenarioOperationSchema, type TScenarioChange } from "@topograph/domain";
import { inTransaction, type TDb } from "../catalog/integrity.ts";

const scenarioSelect = { id: true, name: true, description: true, status: true, appliedAt: true, createdAt: true, updatedAt: true, version: true, _count: { select: { changes: true } } } as const;

export async function listScenarios(db: TDb) {
  return db.scenario.findMany({ select: scenarioSelect, orderBy: [{ status: "asc" }, { updatedAt: "desc" }] });
}

export async function createScenario(db: TDb, input: { name: string; description: string }) {
  return db.scenario.create({ data: input, select: scenarioSelect });
}

/** A scenario with its changes in order, operations parsed back into the domain's type. */
export async function getScenarioRecord(db: TDb, id: string) {
  const scenario = await db.scenario.findUnique({
    where: { id },
    select: { ...scenarioSelect, appliedDiff: true, changes: { select: { id: true, operation: true, observed: true, summary: true, createdAt: true }, orderBy: { position: "asc" } } },
  });
  if (!scenario) throw AppError.notFound("scenario", id);
  const changes: (TScenarioChange & { summary: string; createdAt: Date })[] = scenario.changes.map((c) => ({ id: c.id, operation: ZScenarioOperationSchema.parse(JSON.parse(c.operation)), observed: c.observed, summary: c.summary, createdAt: c.createdAt }));
  return { ...scenario, changes };
}

function expectDraft(scenario: { status: string; name: string }) {
  if (scenario.status !== "draft") throw new AppError("INVALID", `Scenario "${scenario.name}" was applied; it is kept as history and no longer changes.`);
}

/** Appends a drafted change; the scenario's version moves so two editors notice each other. */
export async function appendScenarioChange(db: TDb, scenarioId: string, change: Omit<TScenarioChange, "id"> & { summary?: string }) {
  return inTransaction(db, async (tx) => {
    const scenario = await tx.scenario.findUnique({ where: { id: scenarioId }, select: { status: true, name: true, changes: { select: { position: true }, orderBy: { position: "desc" }, take: 1 } } });
    if (!scenario) throw AppError.notFound("scenario", scenarioId);
    expectDraft(scenario);
    const position = (scenario.changes[0]?.position ?? 0) + 1;
    const created = await tx.scenarioChange.create({ data: { scenarioId, position, operation: JSON.stringify(change.operation), observed: change.observed, summary: change.summary ?? "" }, select: { id: true } });
    await tx.scenario.update({ where: { id: scenarioId }, data: { version: { increment: 1 } } });
    return created;
  });
}

export async function removeScenarioChange(db: TDb, scenarioId: string, changeId: string) {
  return inTransaction(db, async (tx) => {
    const scenario = await tx.scenario.findUnique({ where: { id: scenarioId }, select: { status: true, name: true } });
    if (!scenario) throw AppError.notFound("scenario", scenarioId);
    expectDraft(scenario);
    const { count } = await tx.scenarioChange.deleteMany({ where: { id: changeId, scenarioId } });
    if (count === 0) throw AppError.notFound("change in this scenario", changeId);
    await tx.scenario.update({ where: { id: scenarioId }, data: { version: { increment: 1 } } });
    return { removed: changeId };
  });
}

export async function renameScenario(db: TDb, input: { id: string; name?: string; description?: string }) {
  return inTransaction(db, async (tx) => {
    const scenario = await tx.scenario.findUnique({ where: { id: input.id }, select: { status: true, name: true } });
    if (!scenario) throw AppError.notFound("scenario", input.id);
    return tx.scenario.update({ where: { id: input.id }, data: { ...(input.name ? { name: input.name } : {}), ...(input.description !== undefined ? { description: input.description } : {}), version: { increment: 1 } }, select: scenarioSelect });
  });
}

export async function deleteScenario(db: TDb, id: string) {
  const { count } = await db.scenario.deleteMany({ where: { id } });
  if (count === 0) throw AppError.notFound("scenario", id);
  return { id };
}
