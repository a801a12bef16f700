import type { TAnswerStatus, TChecklistEntry } from "./checklist.ts";

/** What a scan proved about one practice for one entity, kept apart from what people answered. */
export interface TVerifiedEvidence {
  holds: boolean;
  message: string;
  /** The scanned source, file and line, e.g. "directory:/repos/b-service-kubernetes", "deployment.yaml", 17. */
  source: string;
  file: string | null;
  line: number | null;
  observedAt: string;
}

/** Statuses a person gives when they say the practice holds. */
const SAYS_HOLDS: Record<TAnswerStatus, boolean | null> = { adopted: true, "not-applicable": true, partial: false, "not-adopted": false, unknown: null };

/**
 * Puts the evidence next to each entry and flags an answer the evidence contradicts (a person says
 * "adopted" where a scan shows it missing, or "not adopted" where a scan proves it), so reviewers
 * see both instead of one silently winning.
 */
export function withEvidence<T extends TChecklistEntry>(entries: readonly T[], evidence: ReadonlyMap<string, TVerifiedEvidence>): (T & { verified: TVerifiedEvidence | null; contradicted: boolean })[] {
  return entries.map((entry) => {
    const verified = evidence.get(entry.item.id) ?? null;
    const said = entry.source === "unanswered" ? null : SAYS_HOLDS[entry.status];
    return { ...entry, verified, contradicted: verified !== null && said !== null && said !== verified.holds };
  });
}
