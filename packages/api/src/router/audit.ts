import { exportAuditEntries, listAuditEntries, listAuditForEntity } from "@topograph/db";
import { formatAuditExport, ZAuditExportInputSchema, ZAuditForEntityInputSchema, ZAuditListInputSchema } from "@topograph/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { catalogProcedure } from "../trpc.ts";

/**
 * The audit log, read-only: there is no procedure that changes or removes an entry. Readable by
 * anyone who may read the catalog.
 */
export const auditRouter = {
  /** The whole log, newest first, narrowed by entity, actor, via, action, correlation id and period. */
  list: catalogProcedure.input(ZAuditListInputSchema).query(({ ctx, input }) => listAuditEntries(ctx.db, input)),
  /** One entity's history, newest first. */
  forEntity: catalogProcedure.input(ZAuditForEntityInputSchema).query(({ ctx, input }) => listAuditForEntity(ctx.db, input)),
  /** The matching entries as one JSON Lines or CSV document, newest first; `truncated` when the cap cut it. */
  export: catalogProcedure.input(ZAuditExportInputSchema).query(async ({ ctx, input }) => {
    const { format, ...filter } = input;
    const { entries, truncated } = await exportAuditEntries(ctx.db, filter);
    return { ...formatAuditExport(entries, format), count: entries.length, truncated };
  }),
} satisfies TRPCRouterRecord;
