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
 * A query from outside any transaction waits while a transaction is open. better-sqlite3 gives
 * Prisma a single connection, and Prisma's adapter queues transactions behind one another but runs
 * any other query at once, on that connection: inside whichever transaction is open there. A write
 * would then commit or roll back with another request's transaction (acknowledged, then lost when
 * that one fails or the process dies first), and a read would see rows that were never committed.
 */
function serialise(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const turn = new ConnectionTurn();
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query: SqlQuery) => turn.during(() => adapter.queryRaw(query)),
    executeRaw: (query: SqlQuery) => turn.during(() => adapter.executeRaw(query)),
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
          queryRaw: (query: SqlQuery) => transaction.queryRaw(query),
          executeRaw: (query: SqlQuery) => transaction.executeRaw(query),
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

/** Prisma's better-sqlite3 adapter for the SQLite file at `url`, with each query waiting for any open transaction. */
export function serialisedSqliteAdapter(url: string): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaBetterSQLite3({ url });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => serialise(await factory.connect()),
    connectToShadowDb: async () => serialise(await factory.connectToShadowDb()),
  };
}
