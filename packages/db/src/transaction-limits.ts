/**
 * How long a transaction may wait for its turn and then run, for every client. Prisma's defaults
 * (2 s to start, 5 s to run) suit a pool of connections answering small requests. SQLite hands its
 * one connection to one transaction at a time (sqlite-adapter.ts), so under load a write queues
 * behind others for seconds; and at enterprise scale a scenario apply or a score recording runs for
 * seconds by itself. Either would fail at the defaults with nothing wrong. Callers with longer work
 * (a Backstage import) set their own.
 */
export const TRANSACTION_LIMITS = { maxWait: 30_000, timeout: 60_000 } as const;
