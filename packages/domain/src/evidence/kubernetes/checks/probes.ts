import { isRecord, type TFieldPath } from "../objects.ts";
import { trafficOf, UNSERVED } from "../traffic.ts";
import { integerOf, sameData } from "../values.ts";
import { containersOf, type TContainer } from "../workloads.ts";
import { defineCheck, describeObject, type TKubernetesCheck } from "./check.ts";
import { describeContainer, eachContainer } from "./containers.ts";
import { describeProbeTarget, probeTargetOf, sameProbeTarget } from "./probe-target.ts";

type TProbeField = "startupProbe" | "livenessProbe" | "readinessProbe";
const PROBE_FIELDS: readonly TProbeField[] = ["startupProbe", "livenessProbe", "readinessProbe"];

const hasProbe = (container: TContainer, field: TProbeField) => isRecord(container.data[field]);

/**
 * Liveness and readiness are judged per pod, as the kubelet and the endpoints controller use them:
 * one container's probe covers the pod, so a sidecar needs none of its own (kube-score does the same).
 * A readiness probe only gates Service traffic, so it is not asked of pods no scanned Service selects.
 */
function podProbePresence(field: "livenessProbe" | "readinessProbe", kind: "liveness" | "readiness", why: string, remediation: string): TKubernetesCheck {
  return defineCheck({ checkId: `probes.${kind}`, practiceId: `deploy.probes.${kind}`, severity: "high", title: `Every pod has a ${kind} probe`, remediation }, (index, report) => {
    for (const workload of index.workloads) {
      const containers = containersOf(workload);
      const probed = containers.filter((container) => hasProbe(container, field));
      for (const container of probed) report.pass(workload.object, `${describeContainer(workload, container)}: ${field} is set.`, [...container.path, field]);
      const [main] = containers;
      if (probed.length > 0 || !main) continue;
      const label = containers.length === 1 ? `${describeContainer(workload, main)}: no ${field}` : `${describeObject(workload.object)}: none of its containers (${containers.map((container) => container.name).join(", ")}) has a ${field}`;
      if (field === "readinessProbe" && trafficOf(workload, index).kind === "unserved") report.warn(workload.object, `${label}, but ${UNSERVED.why}.`, main.path, UNSERVED.remediation);
      else report.fail(workload.object, `${label}, so ${why}.`, main.path);
    }
  });
}

/** What a missing startup probe leaves unguarded in a container, by the probes it has. */
function unguardedByStartup(container: TContainer): string {
  const liveness = hasProbe(container, "livenessProbe");
  const readiness = hasProbe(container, "readinessProbe");
  if (liveness && readiness) return "so its livenessProbe and readinessProbe run while the application is still starting, and a slow start can be restarted";
  if (liveness) return "so its livenessProbe runs while the application is still starting, and a slow start can be restarted";
  if (readiness) return "so its readinessProbe runs while the application is still starting";
  return "and no livenessProbe or readinessProbe either";
}

/** Judged on the containers that have probes (else the pod's first container): a startup probe holds their other probes back. */
export const startupProbeCheck = defineCheck(
  {
    checkId: "probes.startup",
    practiceId: "deploy.probes.startup",
    severity: "medium",
    title: "Probed containers have a startup probe",
    remediation: "Add a startupProbe on the cheap health-check endpoint, with failureThreshold × periodSeconds longer than the slowest start.",
  },
  (index, report) => {
    for (const workload of index.workloads) {
      const containers = containersOf(workload);
      const probed = containers.filter((container) => PROBE_FIELDS.some((field) => hasProbe(container, field)));
      for (const container of probed.length > 0 ? probed : containers.slice(0, 1)) {
        const label = describeContainer(workload, container);
        if (hasProbe(container, "startupProbe")) report.pass(workload.object, `${label}: startupProbe is set.`, [...container.path, "startupProbe"]);
        else report.fail(workload.object, `${label}: no startupProbe, ${unguardedByStartup(container)}.`, container.path);
      }
    }
  },
);
export const livenessProbeCheck = podProbePresence("livenessProbe", "liveness", "a container that stopped responding is never restarted", "Add a livenessProbe on a cheap health-check endpoint (e.g. GET /healthcheck returning 200) that does not call dependencies.");
export const readinessProbeCheck = podProbePresence("readinessProbe", "readiness", "traffic reaches the pod before it can serve", "Add a readinessProbe that checks the service can really serve (its own endpoint, or one that checks dependencies).");

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
      const liveness = probeTargetOf(livenessProbe);
      const readiness = probeTargetOf(readinessProbe);
      const at: TFieldPath = [...container.path, "readinessProbe"];
      // Timing (periodSeconds, initialDelaySeconds…) and HTTP headers do not change what a probe checks.
      if (liveness && readiness && sameProbeTarget(liveness, readiness)) {
        const only = sameData(livenessProbe, readinessProbe) ? "" : " (they differ only in timing or headers)";
        report.fail(workload.object, `${label}: livenessProbe and readinessProbe ${describeProbeTarget(readiness)}${only}.`, at);
      } else report.pass(workload.object, `${label}: livenessProbe and readinessProbe check different things.`, at);
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
