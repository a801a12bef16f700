import { Badge } from "../../ui/Badge.tsx";

/** Draft (still a plan) or applied (now part of the catalog's history). */
export function ScenarioStatusBadge({ status }: { status: string }) {
  return status === "applied" ? <Badge tone="success">Applied</Badge> : <Badge tone="accent">Draft</Badge>;
}
