import { isRecord, type TFieldPath } from "../objects.ts";
import { integerOf, sameData } from "../values.ts";
import { defineCheck, type TKubernetesCheck } from "./check.ts";
import { eachContainer } from "./containers.ts";

type TProbeField = "startupProbe" | "livenessProbe" | "readinessProbe";
const PROBE_FIELDS: readonly TProbeField[] = ["startupProbe", "livenessProbe", "readinessProbe"];

function probePresence(field: TProbeField, kind: "startup" | "liveness" | "readiness", why: string, remediation: string): TKubernetesCheck {
  return defineCheck({ checkId: `probes.${kind}`, practiceId: `deploy.probes.${kind}`, severity: kind === "startup" ? "medium" : "high", title: `Every container has a ${kind} probe`, remediation }, (index, report) => {
    eachContainer(index, (workload, container, label) => {
      if (isRecord(container.data[field])) report.pass(workload.object, `${label}: ${field} is set.`, [...container.path, field]);
      else report.fail(workload.object, `${label}: no ${field}, so ${why}.`, container.path);
    });
  });
}

export const startupProbeCheck = probePresence("startupProbe", "startup", "liveness and readiness probes run while the application is still starting", "Add a startupProbe on the cheap health-check endpoint, with failureThreshold × periodSeconds longer than the slowest start.");
export const livenessProbeCheck = probePresence("livenessProbe", "liveness", "a container that stopped responding is never restarted", "Add a livenessProbe on a cheap health-check endpoint (e.g. GET /healthcheck returning 200) that does not call dependencies.");
export const readinessProbeCheck = probePresence("readinessProbe", "readiness", "traffic reaches the pod before it can serve", "Add a readinessProbe that checks the service can really serve (its own endpoint, or one that checks dependencies).");

export const distinctProbesCheck = defineCheck(
  {
    checkId: "probes.liveness-differs-from-readiness",
    practiceId: "deploy.probes.endpoints",
    severity: "medium",
    title: "Liveness and readiness probes are not identical",
    remediation: "Give readiness its own endpoint (or one that checks dependencies) and keep liveness on the cheap health check; with identical probes, a dependency outage restarts every pod instead of only taking it out of the Service.",
  },
  (index, report) => {
    eachContainer(index, (workload, container, label) => {
      const { livenessProbe, readinessProbe } = container.data;
      if (!isRecord(livenessProbe) || !isRecord(readinessProbe)) return;
      if (sameData(livenessProbe, readinessProbe)) report.fail(workload.object, `${label}: livenessProbe and readinessProbe are identical.`, [...container.path, "readinessProbe"]);
      else report.pass(workload.object, `${label}: livenessProbe and readinessProbe differ.`, [...container.path, "readinessProbe"]);
    });
  },
);

export const probePortCheck = defineCheck(
  {
    checkId: "probes.port-exposed",
    practiceId: "deploy.probes.endpoints",
    severity: "high",
    title: "Probes call a port the container exposes",
    remediation: "Point the probe at a port listed in the container's ports (by name or containerPort), or add that port to the list.",
  },
  (index, report) => {
    eachContainer(index, (workload, container, label) => {
      const ports = Array.isArray(container.data["ports"]) ? container.data["ports"].filter(isRecord) : [];
      const names = new Set(ports.map((port) => port["name"]).filter((name) => typeof name === "string"));
      const numbers = new Set(ports.map((port) => integerOf(port["containerPort"])).filter((number) => number !== undefined));
      for (const field of PROBE_FIELDS) {
        const probe = container.data[field];
        if (!isRecord(probe)) continue;
        const handler = (["httpGet", "tcpSocket", "grpc"] as const).find((name) => isRecord(probe[name]));
        if (!handler) continue;
        const port = (probe[handler] as Record<string, unknown>)["port"];
        const at: TFieldPath = [...container.path, field, handler, "port"];
        const number = integerOf(port);
        if (number === undefined && typeof port === "string") {
          if (names.has(port)) report.pass(workload.object, `${label}: ${field} calls the named port ${port}, which the container exposes.`, at);
          else report.fail(workload.object, `${label}: ${field} calls the named port ${port}, but the container has no port of that name, so the probe always fails.`, at);
        } else if (number !== undefined) {
          if (numbers.has(number)) report.pass(workload.object, `${label}: ${field} calls port ${number}, which the container exposes.`, at);
          else report.warn(workload.object, `${label}: ${field} calls port ${number}, which is not among the container's ports.`, at, "List the port in the container's ports (and prefer calling it by name), so the probe and the port cannot drift apart.");
        } else {
          report.fail(workload.object, `${label}: ${field} names no port.`, at);
        }
      }
    });
  },
);

export const PROBE_CHECKS = [startupProbeCheck, livenessProbeCheck, readinessProbeCheck, distinctProbesCheck, probePortCheck];
