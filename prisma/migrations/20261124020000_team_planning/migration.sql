-- CreateTable
CREATE TABLE "TeamInteraction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "withTeamId" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TeamInteraction_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TeamInteraction_withTeamId_fkey" FOREIGN KEY ("withTeamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Scenario" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "appliedAt" DATETIME,
    "appliedDiff" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1
);

-- CreateTable
CREATE TABLE "ScenarioChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scenarioId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "operation" TEXT NOT NULL,
    "observed" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ScenarioChange_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "TeamInteraction_withTeamId_idx" ON "TeamInteraction"("withTeamId");

-- CreateIndex
CREATE UNIQUE INDEX "TeamInteraction_teamId_withTeamId_key" ON "TeamInteraction"("teamId", "withTeamId");

-- CreateIndex
CREATE INDEX "Scenario_status_updatedAt_idx" ON "Scenario"("status", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ScenarioChange_scenarioId_position_key" ON "ScenarioChange"("scenarioId", "position");

