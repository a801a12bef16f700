import type { TFinding, TFindingSeverity, TFindingStatus } from "../../finding.ts";
import type { TFieldPath, TKubernetesObject } from "../objects.ts";
import type { TKubernetesIndex } from "../relations.ts";

/** What a check is, independent of any scan: enough to list the checks and explain them. */
export interface TCheckDefinition {
  /** Stable ID, e.g. "probes.readiness". */
  checkId: string;
  /** The practice-catalogue item the check verifies. */
  practiceId: string;
  severity: TFindingSeverity;
  title: string;
  /** What to change when the check fails, unless a finding says something more precise. */
  remediation: string;
}

export interface TKubernetesCheck extends TCheckDefinition {
  run(index: TKubernetesIndex): TFinding[];
}

/** Where a finding points: a field of the subject itself, or a field of another object that proves it (a PDB for a workload). */
export type TLocation = TFieldPath | { object: TKubernetesObject; path: TFieldPath };

export interface TReporter {
  pass(subject: TKubernetesObject, message: string, at?: TLocation): void;
  fail(subject: TKubernetesObject, message: string, at?: TLocation, remediation?: string): void;
  warn(subject: TKubernetesObject, message: string, at?: TLocation, remediation?: string): void;
}

export function defineCheck(definition: TCheckDefinition, inspect: (index: TKubernetesIndex, report: TReporter) => void): TKubernetesCheck {
  return {
    ...definition,
    run(index) {
      const findings: TFinding[] = [];
      const add = (status: TFindingStatus, subject: TKubernetesObject, message: string, at: TLocation, remediation: string) => {
        const { object, path } = Array.isArray(at) ? { object: subject, path: at as TFieldPath } : (at as { object: TKubernetesObject; path: TFieldPath });
        findings.push({
          checkId: definition.checkId,
          practiceId: definition.practiceId,
          status,
          severity: definition.severity,
          object: { kind: subject.kind, namespace: subject.namespace, name: subject.name },
          file: object.file,
          line: object.lineOf(path),
          message,
          remediation,
        });
      };
      inspect(index, {
        pass: (subject, message, at = []) => add("pass", subject, message, at, ""),
        fail: (subject, message, at = [], remediation = definition.remediation) => add("fail", subject, message, at, remediation),
        warn: (subject, message, at = [], remediation = definition.remediation) => add("warn", subject, message, at, remediation),
      });
      return findings;
    },
  };
}

/** "Deployment shop/orders", as messages name objects. */
export function describeObject(object: TKubernetesObject): string {
  return object.namespace === null ? `${object.kind} ${object.name}` : `${object.kind} ${object.namespace}/${object.name}`;
}
