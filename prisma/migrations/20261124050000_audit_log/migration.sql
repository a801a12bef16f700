-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "via" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityKind" TEXT NOT NULL,
    "entityKey" TEXT NOT NULL,
    "entityName" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "correlationId" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "AuditEntry_entityKind_entityKey_id_idx" ON "AuditEntry"("entityKind", "entityKey", "id");

-- CreateIndex
CREATE INDEX "AuditEntry_actorUserId_id_idx" ON "AuditEntry"("actorUserId", "id");

-- CreateIndex
CREATE INDEX "AuditEntry_correlationId_idx" ON "AuditEntry"("correlationId");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");


-- Append-only: the database itself refuses to change or remove an entry.
CREATE TRIGGER "AuditEntry_no_update" BEFORE UPDATE ON "AuditEntry"
BEGIN
    SELECT RAISE(ABORT, 'The audit log is append-only: entries cannot be changed.');
END;

CREATE TRIGGER "AuditEntry_no_delete" BEFORE DELETE ON "AuditEntry"
BEGIN
    SELECT RAISE(ABORT, 'The audit log is append-only: entries cannot be deleted.');
END;
