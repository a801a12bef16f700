-- CreateTable
CREATE TABLE "ChecklistAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scopeKey" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "teamId" TEXT,
    "boundedContextId" TEXT,
    "componentId" TEXT,
    "namespaceId" TEXT,
    "status" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "evidenceLinks" TEXT NOT NULL DEFAULT '[]',
    "answeredBy" TEXT NOT NULL,
    "answeredAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "ChecklistAnswer_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ChecklistAnswer_boundedContextId_fkey" FOREIGN KEY ("boundedContextId") REFERENCES "BoundedContext" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ChecklistAnswer_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ChecklistAnswer_namespaceId_fkey" FOREIGN KEY ("namespaceId") REFERENCES "Namespace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChecklistAnswerChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scopeKey" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "teamId" TEXT,
    "boundedContextId" TEXT,
    "componentId" TEXT,
    "namespaceId" TEXT,
    "previousStatus" TEXT,
    "status" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "evidenceLinks" TEXT NOT NULL DEFAULT '[]',
    "answeredBy" TEXT NOT NULL,
    "answeredAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ChecklistAnswerChange_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ChecklistAnswerChange_boundedContextId_fkey" FOREIGN KEY ("boundedContextId") REFERENCES "BoundedContext" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ChecklistAnswerChange_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ChecklistAnswerChange_namespaceId_fkey" FOREIGN KEY ("namespaceId") REFERENCES "Namespace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scopeKey" TEXT NOT NULL,
    "decisionPointId" TEXT NOT NULL,
    "teamId" TEXT,
    "boundedContextId" TEXT,
    "componentId" TEXT,
    "namespaceId" TEXT,
    "alternativeId" TEXT NOT NULL,
    "rationale" TEXT NOT NULL DEFAULT '',
    "decidedBy" TEXT NOT NULL,
    "decidedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Decision_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Decision_boundedContextId_fkey" FOREIGN KEY ("boundedContextId") REFERENCES "BoundedContext" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Decision_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Decision_namespaceId_fkey" FOREIGN KEY ("namespaceId") REFERENCES "Namespace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ChecklistAnswer_itemId_idx" ON "ChecklistAnswer"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistAnswer_scopeKey_itemId_key" ON "ChecklistAnswer"("scopeKey", "itemId");

-- CreateIndex
CREATE INDEX "ChecklistAnswerChange_scopeKey_answeredAt_idx" ON "ChecklistAnswerChange"("scopeKey", "answeredAt");

-- CreateIndex
CREATE INDEX "Decision_decisionPointId_idx" ON "Decision"("decisionPointId");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_scopeKey_decisionPointId_key" ON "Decision"("scopeKey", "decisionPointId");

