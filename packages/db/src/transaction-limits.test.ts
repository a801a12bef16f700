import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { emptyDatabase } from "./testing/index.ts";

describe("transaction limits", () => {
  it("lets a transaction run longer than Prisma's 5 s default, and one queued behind it wait longer than the 2 s default", async () => {
    const db = await emptyDatabase();
    const long = db.$transaction(async (tx) => {
      await tx.cluster.create({ data: { slug: "slow", name: "Slow" } });
      await sleep(5_500);
      return tx.cluster.count({ where: { slug: "slow" } });
    });
    await sleep(100);
    const queued = db.$transaction(async (tx) => tx.cluster.create({ data: { slug: "queued", name: "Queued" } }));
    await expect(long).resolves.toBe(1);
    await expect(queued).resolves.toMatchObject({ slug: "queued" });
    expect(await db.cluster.count()).toBe(2);
  }, 20_000);
});
