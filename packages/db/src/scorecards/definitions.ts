import { AppError, BUILT_IN_SCORECARDS, ZScorecardDefinitionSchema, type TScorecardDefinition, type TScorecardFilter, type TScorecardUpsert } from "@topograph/domain";
import { audited } from "../audit/audited-write.ts";
import { scorecardAudit } from "../audit/practice-subjects.ts";
import { expectOneUpdated, inTransaction, staleVersion, type TDb, type TTransaction } from "../catalog/integrity.ts";
import { resolveBoundedContexts, resolveEnvironments, resolveTeams } from "../catalog/references.ts";

const scorecardSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  entityKind: true,
  filter: true,
  ladder: true,
  builtIn: true,
  version: true,
  updatedAt: true,
  ownerTeam: { select: { slug: true, name: true } },
  rules: { orderBy: { position: "asc" }, select: { ruleId: true, title: true, level: true, category: true, weight: true, expression: true, failureMessage: true, remediation: true, practiceId: true } },
} as const;

type TScorecardRow = NonNullable<Awaited<ReturnType<typeof findRow>>>;

function findRow(db: TDb, slug: string) {
  return db.scorecard.findUnique({ where: { slug }, select: scorecardSelect });
}

export interface TStoredScorecard {
  id: string;
  version: number;
  builtIn: boolean;
  updatedAt: Date;
  ownerTeam: { slug: string; name: string } | null;
  definition: TScorecardDefinition;
}

/** Rebuilds the definition from its rows; it was validated when saved, so it parses. */
function toStored(row: TScorecardRow): TStoredScorecard {
  const definition = ZScorecardDefinitionSchema.parse({
    slug: row.slug,
    name: row.name,
    description: row.description,
    ownerTeam: row.ownerTeam?.slug ?? null,
    entityKind: row.entityKind,
    filter: JSON.parse(row.filter),
    ladder: JSON.parse(row.ladder),
    rules: row.rules.map(({ ruleId, practiceId, ...rule }) => ({ id: ruleId, ...rule, ...(practiceId ? { practiceId } : {}) })),
  });
  return { id: row.id, version: row.version, builtIn: row.builtIn, updatedAt: row.updatedAt, ownerTeam: row.ownerTeam, definition };
}

export async function listStoredScorecards(db: TDb): Promise<TStoredScorecard[]> {
  const rows = await db.scorecard.findMany({ select: scorecardSelect, orderBy: [{ name: "asc" }, { id: "asc" }] });
  return rows.map(toStored);
}

export async function getStoredScorecard(db: TDb, slug: string): Promise<TStoredScorecard> {
  const row = await findRow(db, slug);
  if (!row) throw AppError.notFound("scorecard", slug);
  return toStored(row);
}

async function ownerTeamId(tx: TTransaction, slug: string | null): Promise<string | null> {
  return slug === null ? null : ((await resolveTeams(tx, "ownerTeam", [slug]))[0] ?? null);
}

/** A filter naming teams, contexts or environments that do not exist would silently match nothing. */
export async function checkFilterReferences(tx: TTransaction, filter: TScorecardFilter, field = "filter") {
  await resolveTeams(tx, `${field}.teams`, filter.teams ?? []);
  await resolveBoundedContexts(tx, `${field}.boundedContexts`, filter.boundedContexts ?? []);
  await resolveEnvironments(tx, `${field}.environments`, filter.environments ?? []);
}

async function writeRules(tx: TTransaction, scorecardId: string, definition: TScorecardDefinition) {
  await tx.scorecardRule.deleteMany({ where: { scorecardId } });
  await tx.scorecardRule.createMany({
    data: definition.rules.map(({ id, practiceId, ...rule }, position) => ({ scorecardId, ruleId: id, position, ...rule, practiceId: practiceId ?? null })),
  });
}

/**
 * Creates the scorecard, or replaces the one with this slug. Replacing needs the version the
 * caller read, unless `replaceAnyVersion` (imports from files, which are the source of truth).
 */
export async function upsertScorecard(db: TDb, input: TScorecardUpsert, options: { builtIn?: boolean; replaceAnyVersion?: boolean } = {}) {
  const { version, ...definition } = input;
  return inTransaction(db, async (tx) => {
    const current = await tx.scorecard.findUnique({ where: { slug: definition.slug }, select: { id: true, version: true } });
    await checkFilterReferences(tx, definition.filter);
    const fields = {
      name: definition.name,
      description: definition.description,
      ownerTeamId: await ownerTeamId(tx, definition.ownerTeam),
      entityKind: definition.entityKind,
      filter: JSON.stringify(definition.filter),
      ladder: JSON.stringify(definition.ladder),
    };
    if (!current) {
      if (version !== undefined) throw AppError.notFound("scorecard", definition.slug);
      return audited(tx, scorecardAudit, "create", (saved) => saved.id, async () => {
        const created = await tx.scorecard.create({ data: { slug: definition.slug, ...fields, builtIn: options.builtIn ?? false }, select: { id: true } });
        await writeRules(tx, created.id, definition);
        return { id: created.id, slug: definition.slug, version: 1, created: true };
      });
    }
    if (!options.replaceAnyVersion) {
      if (version === undefined) {
        throw new AppError("DUPLICATE", `A scorecard with the slug "${definition.slug}" exists; send the version you edited to replace it.`, [{ path: "slug", message: "Already used by another scorecard." }]);
      }
      if (version !== current.version) throw staleVersion("scorecard", version, current.version);
    }
    const edited = options.replaceAnyVersion ? current.version : version!;
    return audited(tx, scorecardAudit, "update", current.id, async () => {
      expectOneUpdated("scorecard", await tx.scorecard.updateMany({ where: { id: current.id, version: edited }, data: { ...fields, version: { increment: 1 } } }), edited);
      await writeRules(tx, current.id, definition);
      return { id: current.id, slug: definition.slug, version: edited + 1, created: false };
    });
  });
}

export async function deleteScorecard(db: TDb, slug: string, version: number) {
  return inTransaction(db, async (tx) => {
    const current = await tx.scorecard.findUnique({ where: { slug }, select: { id: true, version: true } });
    if (!current) throw AppError.notFound("scorecard", slug);
    if (current.version !== version) throw staleVersion("scorecard", version, current.version);
    await audited(tx, scorecardAudit, "delete", current.id, () => tx.scorecard.delete({ where: { id: current.id } }));
    return { slug };
  });
}

/** Installs each built-in scorecard once; one an organisation deleted stays deleted. */
export async function installBuiltInScorecards(db: TDb): Promise<string[]> {
  return inTransaction(db, async (tx) => {
    const seeded = new Set((await tx.builtInScorecardSeed.findMany({ select: { slug: true } })).map((s) => s.slug));
    const installed: string[] = [];
    for (const definition of BUILT_IN_SCORECARDS) {
      if (seeded.has(definition.slug)) continue;
      const taken = await tx.scorecard.findUnique({ where: { slug: definition.slug }, select: { id: true } });
      if (!taken) {
        await upsertScorecard(tx, definition, { builtIn: true });
        installed.push(definition.slug);
      }
      await tx.builtInScorecardSeed.create({ data: { slug: definition.slug } });
    }
    return installed;
  });
}
