-- CreateTable
CREATE TABLE "EvidenceScan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "source" TEXT NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "commit" TEXT,
    "componentId" TEXT,
    "files" INTEGER NOT NULL,
    "errors" TEXT NOT NULL DEFAULT '[]',
    "pass" INTEGER NOT NULL,
    "fail" INTEGER NOT NULL,
    "warn" INTEGER NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME NOT NULL,
    CONSTRAINT "EvidenceScan_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EvidenceFinding" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scanId" TEXT NOT NULL,
    "checkId" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "objectKind" TEXT NOT NULL,
    "objectNamespace" TEXT,
    "objectName" TEXT NOT NULL,
    "file" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "message" TEXT NOT NULL,
    "remediation" TEXT NOT NULL DEFAULT '',
    "subjectKey" TEXT,
    CONSTRAINT "EvidenceFinding_scanId_fkey" FOREIGN KEY ("scanId") REFERENCES "EvidenceScan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "EvidenceScan_sourceKey_finishedAt_idx" ON "EvidenceScan"("sourceKey", "finishedAt");

-- CreateIndex
CREATE INDEX "EvidenceScan_componentId_idx" ON "EvidenceScan"("componentId");

-- CreateIndex
CREATE INDEX "EvidenceFinding_scanId_file_line_idx" ON "EvidenceFinding"("scanId", "file", "line");

-- CreateIndex
CREATE INDEX "EvidenceFinding_subjectKey_idx" ON "EvidenceFinding"("subjectKey");

