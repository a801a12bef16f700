/** A file of a scanned source: its path relative to the source root, and its text. */
export interface TSourceFile {
  path: string;
  text: string;
}

/** A file the scan could not read or understand; the rest of the scan goes on. */
export interface TScanProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export const FINDING_STATUSES = ["pass", "fail", "warn"] as const;
export type TFindingStatus = (typeof FINDING_STATUSES)[number];

export const FINDING_SEVERITIES = ["info", "low", "medium", "high"] as const;
export type TFindingSeverity = (typeof FINDING_SEVERITIES)[number];

/** What a finding is about: a Kubernetes object, or a repository file (kind "File"). */
export interface TFindingObject {
  kind: string;
  namespace: string | null;
  name: string;
}

/** One check's verdict on one object, with the file and line that prove it. */
export interface TFinding {
  /** Stable ID of the check, e.g. "probes.readiness". */
  checkId: string;
  /** The practice-catalogue item the check verifies. */
  practiceId: string;
  status: TFindingStatus;
  severity: TFindingSeverity;
  object: TFindingObject;
  file: string;
  line: number;
  message: string;
  /** What to change; empty on a pass. */
  remediation: string;
  /**
   * The Kubernetes namespace the object deploys into, when the finding speaks for that namespace
   * too (an ArgoCD Application's automated sync of its destination).
   */
  destinationNamespace?: string;
}

export interface TScanResult {
  /** Files read (after skipping binaries, oversized files and files no reader claims). */
  files: number;
  findings: TFinding[];
  errors: TScanProblem[];
}
