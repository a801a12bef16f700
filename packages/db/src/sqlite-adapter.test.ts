import fs from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { closeTestDatabases, freshSqliteDatabase } from "./testing/index.ts";

afterAll(() => closeTestDatabases());

/** A transaction that writes a scenario, then waits until `finish` says how it ends. */
function openTransaction(db: ReturnType<typeof freshSqliteDatabase>["db"]) {
  let opened!: () => void;
  let finish!: (outcome: "commit" | "roll back") => void;
  const isOpen = new Promise<void>((resolve) => (opened = resolve));
  const outcome = new Promise<"commit" | "roll back">((resolve) => (finish = resolve));
  const done = db.$transaction(async (tx) => {
    await tx.scenario.create({ data: { name: "inside the transaction" } });
    opened();
    if ((await outcome) === "roll back") throw new Error("refused: rolled back");
  });
  return { isOpen, finish, done };
}

const names = async (db: ReturnType<typeof freshSqliteDatabase>["db"]) => (await db.scenario.findMany({ select: { name: true }, orderBy: { name: "asc" } })).map((s) => s.name);
const moment = () => new Promise((resolve) => setTimeout(resolve, 50));
// Prisma runs a query when it is awaited or `then` is called, not when it is built.

describe("queries outside a transaction, while another request's transaction is open", () => {
  it("write for themselves: an acknowledged write survives the other transaction's rollback", async () => {
    const { db } = freshSqliteDatabase();
    const transaction = openTransaction(db);
    await transaction.isOpen;
    const outside = db.scenario.create({ data: { name: "written outside" } }).then((row) => row.name);
    await moment();
    transaction.finish("roll back");
    await expect(transaction.done).rejects.toThrow("refused: rolled back");
    expect(await outside).toBe("written outside");
    expect(await names(db)).toEqual(["written outside"]);
  });

  it("never read what the transaction has not committed", async () => {
    const { db } = freshSqliteDatabase();
    const transaction = openTransaction(db);
    await transaction.isOpen;
    const counted = db.scenario.count().then((count) => count);
    await moment();
    transaction.finish("roll back");
    await expect(transaction.done).rejects.toThrow();
    expect(await counted).toBe(0);
  });

  it("see the transaction's rows once it commits", async () => {
    const { db } = freshSqliteDatabase();
    const transaction = openTransaction(db);
    await transaction.isOpen;
    const read = names(db);
    await moment();
    transaction.finish("commit");
    await transaction.done;
    expect(await read).toEqual(["inside the transaction"]);
  });
});

describe("a long transaction", () => {
  it("lets the process do other work meanwhile: a timer due during it fires before it ends", async () => {
    const { db } = freshSqliteDatabase();
    let timerFired = false;
    await db.$transaction(
      async (tx) => {
        setTimeout(() => (timerFired = true), 5);
        // 300 ms of queries, one after another, as an import makes them.
        for (const started = performance.now(); performance.now() - started < 300; ) await tx.scenario.create({ data: { name: "one of many" } });
        expect(timerFired).toBe(true);
      },
      { timeout: 60_000 },
    );
  });
});

describe("a connection", () => {
  it("writes ahead to a log beside the file and syncs it at every commit, so an acknowledged write survives power loss", async () => {
    const { db, file } = freshSqliteDatabase();
    await db.scenario.create({ data: { name: "committed" } });
    expect(await db.$queryRawUnsafe("PRAGMA journal_mode")).toEqual([{ journal_mode: "wal" }]);
    // 2 is FULL; better-sqlite3's SQLite would otherwise sync WAL only at checkpoints (NORMAL).
    expect(await db.$queryRawUnsafe("PRAGMA synchronous")).toEqual([{ synchronous: 2n }]);
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
  });
});
