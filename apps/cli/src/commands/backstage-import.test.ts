import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { exportBackstage } from "@topograph/db";
import { demoDatabase, freshDatabase } from "@topograph/db/testing";
import { describe, expect, it } from "vitest";
import { backstageImportCommand, readBackstageFiles } from "./backstage-import.ts";

function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "topograph-bs-"));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const TEAM = `apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: payments }
spec: { type: team, children: [] }
`;
const LOCATION = `apiVersion: backstage.io/v1alpha1
kind: Location
metadata: { name: teams }
spec: { targets: [./teams/payments.yaml, https://example.com/catalog-info.yaml] }
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: { name: payment-service }
spec: { type: service, lifecycle: production, owner: payments }
`;

describe("topograph import backstage", () => {
  it("imports the demo organisation's export into a new database in one go", async () => {
    const { text } = await exportBackstage(await demoDatabase());
    const dir = folder({ "catalog-info.yaml": text });
    const { db, file } = freshDatabase();
    const lines: string[] = [];
    await backstageImportCommand(["backstage", path.join(dir, "catalog-info.yaml"), "--database", `file:${file}`], (line) => lines.push(line));
    expect(lines[0]).toMatch(/^Imported 1 file: created 2 environment, 2 cluster, 18 namespace, 6 team, 3 boundedContext, 2 solutionArea, 11 repository, 9 component, 4 contextRelationship, 9 teamInteraction; updated nothing; unchanged nothing; organisation updated\.$/);
    expect(await db.component.count()).toBe(9);
  });

  it("follows Location targets that are relative files and reads a directory's Backstage files only", () => {
    const dir = folder({ "catalog-info.yaml": LOCATION, "teams/payments.yaml": TEAM, "k8s/deployment.yaml": "apiVersion: apps/v1\nkind: Deployment\n" });
    const cwd = dir;
    expect(readBackstageFiles("catalog-info.yaml", cwd).map((f) => f.file)).toEqual(["catalog-info.yaml", path.join("teams", "payments.yaml")]);
    expect(readBackstageFiles(".", cwd).map((f) => f.file)).toEqual(["catalog-info.yaml", path.join("teams", "payments.yaml")]);
    expect(() => readBackstageFiles("missing.yaml", cwd)).toThrow("missing.yaml does not exist.");
  });

  it("prints every problem with file:line:column and writes nothing", async () => {
    const dir = folder({ "catalog-info.yaml": LOCATION.replace("lifecycle: production", "lifecycle: beta"), "teams/payments.yaml": TEAM });
    const { db, file } = freshDatabase();
    const error = await backstageImportCommand(["backstage", dir, "--database", `file:${file}`], () => {}).catch((e: Error) => e);
    expect((error as Error).message).toBe(
      `1 problem; nothing was imported.\n${path.relative(process.cwd(), path.join(dir, "catalog-info.yaml"))}:9:35 spec.lifecycle: Component "payment-service": Lifecycle must be one of: experimental, production, deprecated.`,
    );
    expect(await db.team.count()).toBe(0);
  });
});
