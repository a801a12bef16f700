import { Prisma } from "../generated/prisma/client.ts";
import type { TDb } from "./integrity.ts";

/**
 * A counter of catalog writes shared by every process on the database. Each replica caches reads
 * of the whole catalog (facts, the planning catalog) until the next write; a write on another
 * replica or by the CLI only reaches that cache through this counter, which the cache compares
 * before it answers.
 */
const CATALOG = "catalog";

export async function catalogRevision(db: TDb): Promise<number> {
  const marker = await db.changeMarker.findUnique({ where: { name: CATALOG }, select: { revision: true } });
  return marker?.revision ?? 0;
}

/** Counts a write; call it after the write committed, before answering the caller. */
export async function bumpCatalogRevision(db: TDb): Promise<void> {
  const { count } = await db.changeMarker.updateMany({ where: { name: CATALOG }, data: { revision: { increment: 1 } } });
  if (count === 1) return;
  try {
    await db.changeMarker.create({ data: { name: CATALOG, revision: 1 } });
  } catch (error) {
    // Another process created the row first: count on it.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    await db.changeMarker.updateMany({ where: { name: CATALOG }, data: { revision: { increment: 1 } } });
  }
}
