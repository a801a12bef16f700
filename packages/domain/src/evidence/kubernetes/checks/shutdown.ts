import { isRecord } from "../objects.ts";
import { trafficOf, UNSERVED } from "../traffic.ts";
import { containersOf, podSpecPath, recordAt, type TContainer } from "../workloads.ts";
import { defineCheck, describeObject } from "./check.ts";
import { describeContainer } from "./containers.ts";

/** Longest grace period the practice accepts: beyond it, node drains and rollouts stall on stuck pods. */
export const MAX_GRACE_PERIOD_SECONDS = 300;
const DEFAULT_GRACE_PERIOD_SECONDS = 30;

type TPreStopWait = { kind: "sleep"; seconds: number | undefined } | { kind: "other"; handler: string } | { kind: "none" };

/** The wait a container's preStop hook makes: the sleep action, or an exec command that runs sleep. */
export function preStopWaitOf(container: TContainer): TPreStopWait {
  const preStop = recordAt(container.data, ["lifecycle", "preStop"]);
  if (isRecord(preStop["sleep"])) {
    const seconds = preStop["sleep"]["seconds"];
    return { kind: "sleep", seconds: typeof seconds === "number" ? seconds : undefined };
  }
  const command = recordAt(preStop, ["exec"])["command"];
  if (Array.isArray(command)) {
    const sleep = /\bsleep\s+(\d+(?:\.\d+)?)/.exec(command.map(String).join(" "));
    if (sleep) return { kind: "sleep", seconds: Number(sleep[1]) };
    return { kind: "other", handler: "exec" };
  }
  const handler = Object.keys(preStop)[0];
  return handler ? { kind: "other", handler } : { kind: "none" };
}

export const preStopWaitCheck = defineCheck(
  {
    checkId: "shutdown.prestop-wait",
    practiceId: "deploy.shutdown.prestop-wait",
    severity: "medium",
    title: "Containers wait in preStop before stopping",
    remediation: "Add lifecycle.preStop with a sleep (the sleep action, or exec sleep 5–15) so the Service and kube-proxy stop sending traffic before the container gets SIGTERM.",
  },
  (index, report) => {
    for (const workload of index.workloads) {
      const containers = containersOf(workload);
      const [main] = containers;
      // Without a Service there are no endpoints to leave, so there is nothing to wait for.
      if (main && trafficOf(workload, index).kind === "unserved" && containers.every((container) => preStopWaitOf(container).kind === "none")) {
        report.warn(workload.object, `${describeObject(workload.object)}: no preStop hook, but ${UNSERVED.why}.`, main.path, UNSERVED.remediation);
        continue;
      }
      for (const container of containers) {
        const label = describeContainer(workload, container);
        const wait = preStopWaitOf(container);
        const at = [...container.path, "lifecycle", "preStop"];
        if (wait.kind === "sleep") report.pass(workload.object, `${label}: preStop waits${wait.seconds === undefined ? "" : ` ${wait.seconds} s`} before the container is stopped.`, at);
        else if (wait.kind === "other") report.warn(workload.object, `${label}: preStop runs ${wait.handler} but no visible sleep, so connections may still arrive after SIGTERM.`, at);
        else report.fail(workload.object, `${label}: no preStop hook, so in-flight and new connections are cut while endpoints are still being removed.`, container.path);
      }
    }
  },
);

export const gracePeriodCheck = defineCheck(
  {
    checkId: "shutdown.bounded-grace-period",
    practiceId: "deploy.shutdown.bounded-grace-period",
    severity: "medium",
    title: "terminationGracePeriodSeconds covers the preStop wait and is bounded",
    remediation: `Set terminationGracePeriodSeconds longer than the preStop wait plus the time to drain requests, and at most ${MAX_GRACE_PERIOD_SECONDS} s.`,
  },
  (index, report) => {
    for (const workload of index.workloads) {
      const label = describeObject(workload.object);
      const longestWait = Math.max(0, ...containersOf(workload).map((container) => {
        const wait = preStopWaitOf(container);
        return wait.kind === "sleep" ? (wait.seconds ?? 0) : 0;
      }));
      const grace = workload.podSpec["terminationGracePeriodSeconds"];
      const at = podSpecPath(workload, "terminationGracePeriodSeconds");
      if (grace === undefined) {
        const covers = longestWait < DEFAULT_GRACE_PERIOD_SECONDS ? "" : `, which does not cover the ${longestWait} s preStop wait`;
        report.warn(workload.object, `${label}: terminationGracePeriodSeconds is not set, so the default ${DEFAULT_GRACE_PERIOD_SECONDS} s applies${covers}.`, podSpecPath(workload));
      } else if (typeof grace !== "number") {
        report.fail(workload.object, `${label}: terminationGracePeriodSeconds is not a number.`, at);
      } else if (grace <= longestWait) {
        report.fail(workload.object, `${label}: terminationGracePeriodSeconds is ${grace} s, not longer than the ${longestWait} s preStop wait, so the container is killed before it has drained.`, at);
      } else if (grace > MAX_GRACE_PERIOD_SECONDS) {
        report.fail(workload.object, `${label}: terminationGracePeriodSeconds is ${grace} s, above ${MAX_GRACE_PERIOD_SECONDS} s, so rollouts and node drains wait that long for a stuck pod.`, at);
      } else {
        const covers = longestWait > 0 ? `longer than the ${longestWait} s preStop wait` : "with no preStop wait to cover";
        report.pass(workload.object, `${label}: terminationGracePeriodSeconds is ${grace} s, ${covers}, and within ${MAX_GRACE_PERIOD_SECONDS} s.`, at);
      }
    }
  },
);
