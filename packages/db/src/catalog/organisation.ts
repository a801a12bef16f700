import { AppError, type TOrganisationUpdate, type TOwnershipMode, type TRepositoryStrategy } from "@topograph/domain";
import { expectOneUpdated, expectVersion, inTransaction, type TTransaction, type TDb } from "./integrity.ts";
import { audited } from "../audit/audited-write.ts";
import { organisationAudit } from "../audit/catalog-subjects.ts";

const ORGANISATION_ID = "organisation";

const organisationSelect = {
  name: true,
  defaultOwnershipMode: true,
  repositoryStrategy: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

export interface TOrganisation {
  name: string;
  defaultOwnershipMode: TOwnershipMode;
  repositoryStrategy: TRepositoryStrategy;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export async function getOrganisation(db: TDb): Promise<TOrganisation> {
  const row = await db.organisation.findUnique({ where: { id: ORGANISATION_ID }, select: organisationSelect });
  if (!row) throw new AppError("NOT_FOUND", "The catalog has not been initialised yet; start the server once to create it.");
  return row as TOrganisation;
}

/** Whether the catalog was ever initialised; the demo organisation loads only before that. */
export async function isInitialised(db: TDb): Promise<boolean> {
  return (await db.organisation.count({ where: { id: ORGANISATION_ID } })) > 0;
}

export async function createOrganisation(
  tx: TTransaction,
  settings: Pick<TOrganisation, "name" | "defaultOwnershipMode" | "repositoryStrategy">,
): Promise<void> {
  await audited(tx, organisationAudit, "create", ORGANISATION_ID, () => tx.organisation.create({ data: { id: ORGANISATION_ID, ...settings } }));
}

export async function updateOrganisation(db: TDb, input: TOrganisationUpdate): Promise<TOrganisation> {
  return inTransaction(db, (tx) =>
    audited(tx, organisationAudit, "update", ORGANISATION_ID, async () => {
      const { version, ...changes } = input;
      expectVersion("organisation", await getOrganisation(tx), { id: ORGANISATION_ID, version });
      const result = await tx.organisation.updateMany({
        where: { id: ORGANISATION_ID, version },
        data: { ...changes, version: { increment: 1 } },
      });
      expectOneUpdated("organisation", result, version);
      return getOrganisation(tx);
    }),
  );
}
