import { z } from "zod";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../catalog/pagination.ts";
import { ZAuditActionSchema, ZAuditEntityKindSchema, ZAuditViaSchema } from "./vocabulary.ts";

/** One entity's history: its kind and its key (the slug, or the id for entities without one). */
export const ZAuditEntitySchema = z.object({
  kind: ZAuditEntityKindSchema,
  slug: z.string().trim().min(1, "Slug is required.").max(200, "Slug is too long."),
});

const ZInstantSchema = z.coerce.date({ error: "Give a date and time, e.g. 2026-11-24T09:00:00Z." });

/** The filters shared by listing and exporting. Every one narrows; none given means everything. */
export const ZAuditFilterSchema = z
  .object({
    entity: ZAuditEntitySchema.optional(),
    /** Every entity of one kind; the log page's kind filter, where no one entity is chosen. */
    entityKind: ZAuditEntityKindSchema.optional(),
    /** A user id, or the label kept on the entry ("anonymous", "system", "Ada <ada@example.com>"). */
    actor: z.string().trim().min(1, "Actor is required.").max(320, "Actor is too long.").optional(),
    via: ZAuditViaSchema.optional(),
    action: ZAuditActionSchema.optional(),
    correlationId: z.string().trim().min(1).max(64, "Correlation id is too long.").optional(),
    /** Inclusive. */
    from: ZInstantSchema.optional(),
    /** Exclusive. */
    to: ZInstantSchema.optional(),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from < f.to, { message: "From must be before to.", path: ["to"] });
export type TAuditFilter = z.infer<typeof ZAuditFilterSchema>;

/** Audit entry ids are 32-bit integers on PostgreSQL: a larger cursor names no entry, and the query would fail on it. */
const MAX_AUDIT_ENTRY_ID = 2_147_483_647;
const CURSOR_MESSAGE = "Cursor must be the nextCursor of a previous page.";
const ZCursorSchema = z
  .string()
  .regex(/^\d{1,10}$/, CURSOR_MESSAGE)
  .refine((cursor) => Number(cursor) <= MAX_AUDIT_ENTRY_ID, CURSOR_MESSAGE);
const ZLimitSchema = z
  .int("Limit must be a whole number.")
  .min(1, "Limit must be at least 1.")
  .max(MAX_PAGE_SIZE, `Limit must be at most ${MAX_PAGE_SIZE}.`)
  .default(DEFAULT_PAGE_SIZE);

/** tRPC's infinite queries say which way they page; the log pages one way only (older), so it is accepted and unused. */
const ZDirectionSchema = z.enum(["forward", "backward"]).optional();

/** A page of the log, newest first; the cursor is the nextCursor of the previous page. */
export const ZAuditListInputSchema = ZAuditFilterSchema.and(z.object({ cursor: ZCursorSchema.optional(), limit: ZLimitSchema, direction: ZDirectionSchema }));
export type TAuditListInput = z.infer<typeof ZAuditListInputSchema>;

export const ZAuditForEntityInputSchema = z.object({ entity: ZAuditEntitySchema, cursor: ZCursorSchema.optional(), limit: ZLimitSchema, direction: ZDirectionSchema }).strict();
export type TAuditForEntityInput = z.infer<typeof ZAuditForEntityInputSchema>;

export const AUDIT_EXPORT_FORMATS = ["jsonl", "csv"] as const;
export type TAuditExportFormat = (typeof AUDIT_EXPORT_FORMATS)[number];
/** Exports stop at this many entries; narrow the filter (from/to) for more. */
export const MAX_AUDIT_EXPORT = 10_000;

export const ZAuditExportInputSchema = ZAuditFilterSchema.and(
  z.object({ format: z.enum(AUDIT_EXPORT_FORMATS, { error: () => "Format must be one of: jsonl, csv." }) }),
);
export type TAuditExportInput = z.infer<typeof ZAuditExportInputSchema>;
