import type { TFinding, TFindingObject, TFindingSeverity, TFindingStatus } from "../finding.ts";

/** The object of a finding about a repository file rather than a Kubernetes object. */
export function fileObject(file: string): TFindingObject {
  return { kind: "File", namespace: null, name: file };
}

/** A finding; a pass is always of severity "info" and carries no remediation. */
export function repositoryFinding(finding: {
  checkId: string;
  practiceId: string;
  status: TFindingStatus;
  severity: TFindingSeverity;
  file: string;
  line: number;
  message: string;
  remediation?: string;
  object?: TFindingObject;
  destinationNamespace?: string;
}): TFinding {
  const passed = finding.status === "pass";
  return {
    checkId: finding.checkId,
    practiceId: finding.practiceId,
    status: finding.status,
    severity: passed ? "info" : finding.severity,
    object: finding.object ?? fileObject(finding.file),
    file: finding.file,
    line: finding.line,
    message: finding.message,
    remediation: passed ? "" : (finding.remediation ?? ""),
    ...(finding.destinationNamespace ? { destinationNamespace: finding.destinationNamespace } : {}),
  };
}
