import type { TChangeRequestStatus, TRequestableOperation } from "@topograph/domain";
import { labelOf } from "../../lib/labels.ts";
import type { TBadgeTone } from "../../ui/Badge.tsx";

/** What a request proposes, in words: the operation it would run on approval. */
export const OPERATION_LABELS: Record<TRequestableOperation, string> = {
  "component.update": "Edit component",
  "repository.update": "Edit repository",
  "namespace.update": "Edit namespace",
  "checklist.setAnswer": "Answer checklist item",
  "waiver.create": "Waive a scorecard rule",
};

export const STATUS_LABELS: Record<TChangeRequestStatus, string> = { open: "Open", approved: "Approved", rejected: "Rejected", withdrawn: "Withdrawn" };

/** Open waits for someone; approved went in, rejected did not; withdrawn is simply over. */
export const STATUS_TONES: Record<TChangeRequestStatus, TBadgeTone> = { open: "accent", approved: "success", rejected: "danger", withdrawn: "neutral" };

/** An operation the UI does not know yet (added on the server first) still shows, as itself. */
export function operationLabel(operation: string): string {
  return labelOf(OPERATION_LABELS, operation);
}

/** "Edit component a-service": what the request proposes and to what, as its page is titled. */
export function requestTitle(request: { operation: string; entity: { name: string; key: string } }): string {
  return `${operationLabel(request.operation)} ${request.entity.name || request.entity.key}`;
}

/** "Daichi Kato <daichi.kato@example.com>", as requests and the audit log name people, split for display. */
export function personOf(label: string): { name: string; email: string | null } {
  const match = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(label.trim());
  if (!match) return { name: label.trim(), email: null };
  return { name: match[1] || match[2]!, email: match[2]! };
}
