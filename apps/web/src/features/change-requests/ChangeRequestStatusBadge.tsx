import type { TChangeRequestStatus } from "@topograph/domain";
import { labelOf } from "../../lib/labels.ts";
import { Badge } from "../../ui/Badge.tsx";
import { STATUS_LABELS, STATUS_TONES } from "./change-request-labels.ts";

export function ChangeRequestStatusBadge({ status }: { status: string }) {
  return <Badge tone={STATUS_TONES[status as TChangeRequestStatus] ?? "neutral"}>{labelOf(STATUS_LABELS, status)}</Badge>;
}
