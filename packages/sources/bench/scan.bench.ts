// `npm run bench` (evidence part): scanning 1,000 manifest files. Target (issue 6): under 5 s.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { checkKubernetes, checkRepository, scanWith } from "@topograph/domain";
import { readSourceTree } from "../src/index.ts";

const FILES = 1000;
const TARGET_MS = 5000;

/** One service's manifests: a Deployment with probes and resources, its Service, HPA and PDB. */
function manifest(i: number): string {
  const name = `service-${i}`;
  const namespace = `team-${i % 50}`;
  return `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name}, namespace: ${namespace} }
spec:
  selector: { matchLabels: { app: ${name} } }
  strategy: { type: RollingUpdate }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
      terminationGracePeriodSeconds: 60
      topologySpreadConstraints:
        - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: { matchLabels: { app: ${name} } } }
      containers:
        - name: app
          image: registry.example.com/${name}:1.${i}.0
          imagePullPolicy: IfNotPresent
          ports: [{ name: http, containerPort: 8080 }]
          envFrom: [{ configMapRef: { name: ${name}-config } }]
          startupProbe: { httpGet: { path: /healthcheck, port: http } }
          livenessProbe: { httpGet: { path: /healthcheck, port: http } }
          readinessProbe: { httpGet: { path: /ready, port: http } }
          lifecycle: { preStop: { exec: { command: ["sleep", "15"] } } }
          resources: { requests: { cpu: 500m, memory: 512Mi }, limits: { cpu: 500m, memory: 512Mi } }
---
apiVersion: v1
kind: Service
metadata: { name: ${name}, namespace: ${namespace} }
spec: { selector: { app: ${name} }, ports: [{ port: 80, targetPort: http }] }
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: ${name}, namespace: ${namespace} }
spec: { scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: ${name} }, minReplicas: 2, maxReplicas: 6 }
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: { name: ${name}, namespace: ${namespace} }
spec: { maxUnavailable: 1, selector: { matchLabels: { app: ${name} } } }
`;
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), "topograph-scan-bench-"));
for (let i = 0; i < FILES; i++) {
  const dir = path.join(root, `team-${i % 50}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `service-${i}.yaml`), manifest(i));
}
const runs: { read: number; scan: number; findings: number }[] = [];
for (let run = 0; run < 3; run++) {
  const started = performance.now();
  const tree = await readSourceTree(root);
  const read = performance.now();
  const result = scanWith([checkKubernetes, checkRepository], tree.files);
  runs.push({ read: read - started, scan: performance.now() - read, findings: result.findings.length });
  if (tree.files.length !== FILES || result.errors.length > 0) throw new Error(`Read ${tree.files.length} files with ${result.errors.length} errors.`);
}
fs.rmSync(root, { recursive: true, force: true });
const best = runs.sort((a, b) => a.read + a.scan - (b.read + b.scan))[Math.floor(runs.length / 2)]!;
const total = best.read + best.scan;
console.table([
  { measure: `read ${FILES} manifest files (4,000 objects)`, "time (ms)": Math.round(best.read), target: "", met: "" },
  { measure: `check them (${best.findings} findings)`, "time (ms)": Math.round(best.scan), target: "", met: "" },
  { measure: "scan of 1,000 manifest files", "time (ms)": Math.round(total), target: `< ${TARGET_MS}`, met: total < TARGET_MS ? "yes" : "NO" },
]);
const out = path.join(import.meta.dirname, "..", "..", "..", "bench-results");
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, "scan.json"), JSON.stringify({ date: new Date().toISOString(), machine: { cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version }, files: FILES, ...best, totalMs: total }, null, 2));
