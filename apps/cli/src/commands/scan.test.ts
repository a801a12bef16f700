import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runScan } from "./scan.ts";

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: b-service
  namespace: shop
spec:
  replicas: 2
  selector:
    matchLabels: { app: b-service }
  template:
    metadata:
      labels: { app: b-service }
    spec:
      containers:
        - name: app
          image: registry.example.com/b-service:1.4.2
          readinessProbe:
            httpGet: { path: /ready, port: 8080 }
`;
const WORKFLOW = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: kubectl apply -f k8s/
`;

function repository(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "topograph-scan-"));
  const write = (name: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  };
  write("k8s/deployment.yaml", DEPLOYMENT);
  write(".github/workflows/deploy.yml", WORKFLOW);
  write("chart/templates/service.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Values.name }}\n");
  return root;
}

async function scan(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runScan(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("topograph scan", () => {
  it("proves and disproves practices from a path alone, with file and line, as JSON for pipelines", async () => {
    const result = await scan([repository(), "--component", "b-service", "--format", "json"]);
    expect(result.code).toBe(0);
    const document = JSON.parse(result.out) as { component: string; files: number; findings: { practiceId: string; status: string; file: string; line: number; object: { kind: string; name: string } }[]; errors: { file: string; line: number; column: number }[] };
    expect(document).toMatchObject({ component: "b-service", files: 3 });
    expect(document.findings).toContainEqual(expect.objectContaining({ practiceId: "deploy.probes.readiness", status: "pass", file: "k8s/deployment.yaml", line: 17, object: expect.objectContaining({ kind: "Deployment", name: "b-service" }) }));
    expect(document.findings).toContainEqual(expect.objectContaining({ practiceId: "deploy.probes.liveness", status: "fail", file: "k8s/deployment.yaml" }));
    expect(document.findings).toContainEqual(expect.objectContaining({ practiceId: "delivery.gitops.no-ciops", status: "fail", file: ".github/workflows/deploy.yml", line: 6 }));
    expect(document.errors).toEqual([expect.objectContaining({ file: "chart/templates/service.yaml", line: 4, column: 9 })]);
  });

  it("prints what fails, grouped by object, for people", async () => {
    const result = await scan([repository()]);
    expect(result.out).toMatch(/^Scanned 3 files: \d+ findings \(\d+ fail, \d+ warn, \d+ pass\), 1 errors\./);
    expect(result.out).toContain("Deployment shop/b-service (k8s/deployment.yaml)");
    expect(result.out).toMatch(/✗ high\s+probes\.liveness \(deploy\.probes\.liveness\) k8s\/deployment\.yaml:\d+/);
    expect(result.out).toContain("chart/templates/service.yaml:4:9  This is an unrendered Helm template");
  });

  it("exits 2 on bad usage and 3 on a path it cannot read", async () => {
    expect((await scan([])).code).toBe(2);
    expect((await scan([repository(), "--format", "xml"])).code).toBe(2);
    expect((await scan(["/no/such/path"])).code).toBe(3);
  });
});
