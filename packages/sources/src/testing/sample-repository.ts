import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** b-service of the demo organisation: a Deployment with a readiness probe only, and its PDB. */
export const SAMPLE_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: b-service
  namespace: b-service
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
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: { name: b-service, namespace: b-service }
spec: { maxUnavailable: 1, selector: { matchLabels: { app: b-service } } }
`;

export const SAMPLE_NAMESPACE = `apiVersion: v1
kind: Namespace
metadata:
  name: b-service
  labels: { istio-injection: enabled }
`;

/** Writes files (path → text) into a new temporary directory and returns it; defaults to b-service's Kubernetes repository. */
export function writeSampleRepository(files: Record<string, string> = { "b-service/deployment.yaml": SAMPLE_DEPLOYMENT, "b-service/namespace.yaml": SAMPLE_NAMESPACE }): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "topograph-sample-"));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}
