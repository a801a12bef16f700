-- CreateTable
CREATE TABLE "Scorecard" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "ownerTeamId" TEXT,
    "entityKind" TEXT NOT NULL,
    "filter" TEXT NOT NULL DEFAULT '{}',
    "ladder" TEXT NOT NULL,
    "builtIn" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Scorecard_ownerTeamId_fkey" FOREIGN KEY ("ownerTeamId") REFERENCES "Team" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ScorecardRule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scorecardId" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,
    "expression" TEXT NOT NULL,
    "failureMessage" TEXT NOT NULL,
    "remediation" TEXT NOT NULL DEFAULT '',
    "practiceId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ScorecardRule_scorecardId_fkey" FOREIGN KEY ("scorecardId") REFERENCES "Scorecard" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BuiltInScorecardSeed" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "seededAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Waiver" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scorecardId" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "subjectKey" TEXT NOT NULL,
    "teamId" TEXT,
    "boundedContextId" TEXT,
    "componentId" TEXT,
    "namespaceId" TEXT,
    "reason" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "grantedBy" TEXT NOT NULL,
    "grantedAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "revokedBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Waiver_scorecardId_fkey" FOREIGN KEY ("scorecardId") REFERENCES "Scorecard" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Waiver_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Waiver_boundedContextId_fkey" FOREIGN KEY ("boundedContextId") REFERENCES "BoundedContext" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Waiver_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Waiver_namespaceId_fkey" FOREIGN KEY ("namespaceId") REFERENCES "Namespace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CurrentScore" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scorecardId" TEXT NOT NULL,
    "subjectKey" TEXT NOT NULL,
    "teamId" TEXT,
    "boundedContextId" TEXT,
    "componentId" TEXT,
    "namespaceId" TEXT,
    "levelIndex" INTEGER NOT NULL,
    "score" REAL NOT NULL,
    "statuses" TEXT NOT NULL,
    "evaluatedAt" DATETIME NOT NULL,
    "lastSnapshotAt" DATETIME NOT NULL,
    CONSTRAINT "CurrentScore_scorecardId_fkey" FOREIGN KEY ("scorecardId") REFERENCES "Scorecard" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CurrentScore_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CurrentScore_boundedContextId_fkey" FOREIGN KEY ("boundedContextId") REFERENCES "BoundedContext" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CurrentScore_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CurrentScore_namespaceId_fkey" FOREIGN KEY ("namespaceId") REFERENCES "Namespace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ScoreSnapshot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scorecardId" TEXT NOT NULL,
    "subjectKey" TEXT NOT NULL,
    "teamId" TEXT,
    "boundedContextId" TEXT,
    "componentId" TEXT,
    "namespaceId" TEXT,
    "levelIndex" INTEGER NOT NULL,
    "score" REAL NOT NULL,
    "passed" INTEGER NOT NULL,
    "failed" INTEGER NOT NULL,
    "unknown" INTEGER NOT NULL,
    "waived" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "takenAt" DATETIME NOT NULL,
    CONSTRAINT "ScoreSnapshot_scorecardId_fkey" FOREIGN KEY ("scorecardId") REFERENCES "Scorecard" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ScoreSnapshot_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ScoreSnapshot_boundedContextId_fkey" FOREIGN KEY ("boundedContextId") REFERENCES "BoundedContext" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ScoreSnapshot_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ScoreSnapshot_namespaceId_fkey" FOREIGN KEY ("namespaceId") REFERENCES "Namespace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ScorecardTrendPoint" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scorecardId" TEXT NOT NULL,
    "entities" INTEGER NOT NULL,
    "belowFirst" INTEGER NOT NULL,
    "levelCounts" TEXT NOT NULL,
    "averageScore" REAL NOT NULL,
    "reason" TEXT NOT NULL,
    "takenAt" DATETIME NOT NULL,
    CONSTRAINT "ScorecardTrendPoint_scorecardId_fkey" FOREIGN KEY ("scorecardId") REFERENCES "Scorecard" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Initiative" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "scorecardId" TEXT NOT NULL,
    "targetLevel" TEXT NOT NULL,
    "targetDate" DATETIME NOT NULL,
    "filter" TEXT NOT NULL DEFAULT '{}',
    "ownerTeamId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Initiative_scorecardId_fkey" FOREIGN KEY ("scorecardId") REFERENCES "Scorecard" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Initiative_ownerTeamId_fkey" FOREIGN KEY ("ownerTeamId") REFERENCES "Team" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EvidenceFact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "subjectKey" TEXT NOT NULL,
    "teamId" TEXT,
    "boundedContextId" TEXT,
    "componentId" TEXT,
    "namespaceId" TEXT,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "file" TEXT,
    "line" INTEGER,
    "observedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "EvidenceFact_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EvidenceFact_boundedContextId_fkey" FOREIGN KEY ("boundedContextId") REFERENCES "BoundedContext" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EvidenceFact_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EvidenceFact_namespaceId_fkey" FOREIGN KEY ("namespaceId") REFERENCES "Namespace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Component" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "kind" TEXT NOT NULL,
    "lifecycle" TEXT NOT NULL,
    "labels" TEXT NOT NULL DEFAULT '{}',
    "ownershipMode" TEXT,
    "solutionAreaId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Component_solutionAreaId_fkey" FOREIGN KEY ("solutionAreaId") REFERENCES "SolutionArea" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Component" ("createdAt", "description", "id", "kind", "lifecycle", "name", "ownershipMode", "slug", "solutionAreaId", "updatedAt", "version") SELECT "createdAt", "description", "id", "kind", "lifecycle", "name", "ownershipMode", "slug", "solutionAreaId", "updatedAt", "version" FROM "Component";
DROP TABLE "Component";
ALTER TABLE "new_Component" RENAME TO "Component";
CREATE UNIQUE INDEX "Component_slug_key" ON "Component"("slug");
CREATE INDEX "Component_name_id_idx" ON "Component"("name", "id");
CREATE INDEX "Component_kind_idx" ON "Component"("kind");
CREATE INDEX "Component_solutionAreaId_idx" ON "Component"("solutionAreaId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Scorecard_slug_key" ON "Scorecard"("slug");

-- CreateIndex
CREATE INDEX "Scorecard_name_id_idx" ON "Scorecard"("name", "id");

-- CreateIndex
CREATE INDEX "ScorecardRule_scorecardId_position_idx" ON "ScorecardRule"("scorecardId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ScorecardRule_scorecardId_ruleId_key" ON "ScorecardRule"("scorecardId", "ruleId");

-- CreateIndex
CREATE INDEX "Waiver_scorecardId_subjectKey_idx" ON "Waiver"("scorecardId", "subjectKey");

-- CreateIndex
CREATE INDEX "Waiver_expiresAt_idx" ON "Waiver"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "CurrentScore_scorecardId_subjectKey_key" ON "CurrentScore"("scorecardId", "subjectKey");

-- CreateIndex
CREATE INDEX "ScoreSnapshot_scorecardId_subjectKey_takenAt_idx" ON "ScoreSnapshot"("scorecardId", "subjectKey", "takenAt");

-- CreateIndex
CREATE INDEX "ScoreSnapshot_scorecardId_takenAt_idx" ON "ScoreSnapshot"("scorecardId", "takenAt");

-- CreateIndex
CREATE INDEX "ScorecardTrendPoint_scorecardId_takenAt_idx" ON "ScorecardTrendPoint"("scorecardId", "takenAt");

-- CreateIndex
CREATE UNIQUE INDEX "Initiative_slug_key" ON "Initiative"("slug");

-- CreateIndex
CREATE INDEX "Initiative_targetDate_idx" ON "Initiative"("targetDate");

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceFact_subjectKey_key_key" ON "EvidenceFact"("subjectKey", "key");

