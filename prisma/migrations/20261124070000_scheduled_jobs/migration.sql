-- AlterTable
ALTER TABLE "Waiver" ADD COLUMN "expiryRecordedAt" DATETIME;

-- AlterTable
ALTER TABLE "Initiative" ADD COLUMN "closedAt" DATETIME;
ALTER TABLE "Initiative" ADD COLUMN "finalDone" INTEGER;
ALTER TABLE "Initiative" ADD COLUMN "finalInScope" INTEGER;

-- CreateTable
CREATE TABLE "EvidenceSource" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "source" TEXT NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "componentId" TEXT,
    "registeredBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastScannedAt" DATETIME,
    "lastScanId" TEXT,
    "lastError" TEXT,
    CONSTRAINT "EvidenceSource_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Job" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "nextRunAt" DATETIME NOT NULL,
    "lockedBy" TEXT,
    "lockedUntil" DATETIME,
    "lastStartedAt" DATETIME,
    "lastFinishedAt" DATETIME,
    "lastDurationMs" INTEGER,
    "lastResult" TEXT,
    "lastSummary" TEXT NOT NULL DEFAULT '',
    "requestedBy" TEXT
);

-- CreateTable
CREATE TABLE "JobRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "jobName" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "requestedBy" TEXT,
    "replica" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    "durationMs" INTEGER,
    "result" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "JobRun_jobName_fkey" FOREIGN KEY ("jobName") REFERENCES "Job" ("name") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChangeMarker" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "revision" INTEGER NOT NULL DEFAULT 0
);

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceSource_sourceKey_key" ON "EvidenceSource"("sourceKey");

-- CreateIndex
CREATE INDEX "JobRun_jobName_startedAt_idx" ON "JobRun"("jobName", "startedAt");

