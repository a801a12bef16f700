import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

/** Hands the one connection to one user at a time, in the order they asked. */
class ConnectionTurn {
  #last: Promise<void> = Promise.resolve();

  /** Resolves when it is the caller's turn, with the function that ends it. */
  take(): Promise<() => void> {
    let end!: () => void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    const turn = this.#last.then(() => end);
    this.#last = this.#last.then(() => ended);
    return turn;
  }

  async during<T>(work: () => Promise<T>): Promise<T> {
    const end = await this.take();
    try {
      return await work();
    } finally {
      end();
    }
  }
}

/**
 * better-sqlite3 answers at once, so thousands of queries in a row (an import's transaction) are one
 * long chain of settled promises during which Node never reads a socket: not even /healthz answers,
 * and idle keep-alive connections whose timeout passed meanwhile are reset when it ends. Every 20 ms
 * of such a chain, this lets the event loop run (the connection stays with whoever holds its turn).
 */
class EventLoopSlices {
  #since = performance.now();

  async pause(): Promise<void> {
    if (performance.now() - this.#since < 20) return;
    await new Promise((resolve) => setImmediate(resolve));
    this.#since = performance.now();
  }
}

/**
 * A query from outside any transaction waits while a transaction is open. better-sqlite3 gives
 * Prisma a single connection, and Prisma's adapter queues transactions behind one another but runs
 * any other query at once, on that connection: inside whichever transaction is open there. A write
 * would then commit or roll back with another request's transaction (acknowledged, then lost when
 * that one fails or the process dies first), and a read would see rows that were never committed.
 */
function serialise(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const turn = new ConnectionTurn();
  const slices = new EventLoopSlices();
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: async (query: SqlQuery) => (await slices.pause(), turn.during(() => adapter.queryRaw(query))),
    executeRaw: async (query: SqlQuery) => (await slices.pause(), turn.during(() => adapter.executeRaw(query))),
    executeScript: (script: string) => turn.during(() => adapter.executeScript(script)),
    dispose: () => adapter.dispose(),
    ...(adapter.getConnectionInfo ? { getConnectionInfo: adapter.getConnectionInfo.bind(adapter) } : {}),
    async startTransaction(isolationLevel) {
      const end = await turn.take();
      try {
        const transaction = await adapter.startTransaction(isolationLevel);
        // The turn ends with the transaction, however it ends.
        return {
          provider: transaction.provider,
          adapterName: transaction.adapterName,
          options: transaction.options,
          queryRaw: async (query: SqlQuery) => (await slices.pause(), transaction.queryRaw(query)),
          executeRaw: async (query: SqlQuery) => (await slices.pause(), transaction.executeRaw(query)),
          commit: () => transaction.commit().finally(end),
          rollback: () => transaction.rollback().finally(end),
        } satisfies Transaction;
      } catch (error) {
        end();
        throw error;
      }
    },
  };
}

/**
 * Write-ahead logging: a commit appends its pages to `<file>-wal` and syncs that one file, where the
 * rollback journal synced the journal and then the database; readers (a backup, another process)
 * no longer hold up the writer. `synchronous = FULL` (better-sqlite3 builds SQLite with
 * NORMAL as WAL's default) syncs the log at every commit, so a write acknowledged to a client
 * survives a crash or a power loss, as it did with the journal. WAL is a property of the file, kept
 * once set; `synchronous` is per connection, so every connection sets both.
 */
const DURABLE_WAL = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;";

async function opened(connect: () => Promise<SqlDriverAdapter>): Promise<SqlDriverAdapter> {
  const adapter = await connect();
  await adapter.executeScript(DURABLE_WAL);
  return serialise(adapter);
}

/** Prisma's better-sqlite3 adapter for the SQLite file at `url` in durable WAL mode, with each query waiting for any open transaction. */
export function serialisedSqliteAdapter(url: string): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaBetterSQLite3({ url });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => opened(() => factory.connect()),
    connectToShadowDb: () => opened(() => factory.connectToShadowDb()),
  };
}
