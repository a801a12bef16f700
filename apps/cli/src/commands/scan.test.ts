import { SAMPLE_DEPLOYMENT, writeSampleRepository } from "@topograph/sources/testing";
import { describe, expect, it } from "vitest";
import { runScan } from "./scan.ts";

const WORKFLOW = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: kubectl apply -f k8s/
`;

function repository(): string {
  return writeSampleRepository({
    "k8s/deployment.yaml": SAMPLE_DEPLOYMENT,
    ".github/workflows/deploy.yml": WORKFLOW,
    "chart/templates/service.yaml": "apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Values.name }}\n",
  });
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

  it("marks findings about practices not asked of the component's kind, and leaves them out of the counts", async () => {
    const json = await scan([repository(), "--component", "b-service", "--kind", "frontend", "--format", "json"]);
    const document = JSON.parse(json.out) as { kind: string; findings: { practiceId: string; asked: boolean; reason?: string }[] };
    expect(document.kind).toBe("frontend");
    const notAsked = document.findings.filter((f) => !f.asked);
    expect(notAsked.length).toBeGreaterThan(0);
    expect(notAsked[0]!.reason).toMatch(/is not asked of a frontend \(b-service\); only of /);
    expect(document.findings.filter((f) => f.asked).length).toBeGreaterThan(0);
    const text = await scan([repository(), "--component", "b-service", "--kind", "frontend", "--all"]);
    expect(text.out).toMatch(new RegExp(`, ${notAsked.length} about practices not asked of this kind, `));
    expect(text.out).toContain("Not asked: ");
    expect((await scan([repository(), "--kind", "database"])).code).toBe(2);
  });

  it("prints what fails, grouped by object, for people", async () => {
    const result = await scan([repository()]);
    expect(result.out).toMatch(/^Scanned 3 files: \d+ findings \(\d+ fail, \d+ warn, \d+ pass\), 1 errors\./);
    expect(result.out).toContain("Deployment b-service/b-service (k8s/deployment.yaml)");
    expect(result.out).toMatch(/✗ high\s+probes\.liveness \(deploy\.probes\.liveness\) k8s\/deployment\.yaml:\d+/);
    expect(result.out).toContain("chart/templates/service.yaml:4:9  This is an unrendered Helm template");
  });

  it("exits 2 on bad usage and 3 on a path it cannot read", async () => {
    expect((await scan([])).code).toBe(2);
    expect((await scan([repository(), "--format", "xml"])).code).toBe(2);
    expect((await scan(["/no/such/path"])).code).toBe(3);
  });
});
