import type { IncomingMessage, ServerResponse } from "node:http";
import { migrationStatus, type TDatabase } from "@topograph/db";

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

/** /healthz: the process is alive and serving. */
export function handleLiveness(_req: IncomingMessage, res: ServerResponse) {
  sendJson(res, 200, { status: "ok" });
}

/** /readyz: the database answers and every shipped migration is applied; unready while shutting down. */
export async function handleReadiness(res: ServerResponse, db: TDatabase, shuttingDown: boolean) {
  if (shuttingDown) return sendJson(res, 503, { status: "shutting-down" });
  try {
    const { applied, pending } = await migrationStatus(db);
    if (pending.length > 0) return sendJson(res, 503, { status: "migrations-pending", applied, pending });
    sendJson(res, 200, { status: "ready", migrations: applied });
  } catch (error) {
    sendJson(res, 503, { status: "database-unavailable", error: error instanceof Error ? error.message : String(error) });
  }
}
