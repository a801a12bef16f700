-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ScenarioChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scenarioId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "operation" TEXT NOT NULL,
    "observed" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ScenarioChange_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ScenarioChange" ("createdAt", "id", "observed", "operation", "position", "scenarioId") SELECT "createdAt", "id", "observed", "operation", "position", "scenarioId" FROM "ScenarioChange";
DROP TABLE "ScenarioChange";
ALTER TABLE "new_ScenarioChange" RENAME TO "ScenarioChange";
CREATE UNIQUE INDEX "ScenarioChange_scenarioId_position_key" ON "ScenarioChange"("scenarioId", "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

