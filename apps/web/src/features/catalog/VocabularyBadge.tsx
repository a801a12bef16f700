import {
  COMPONENT_KIND_LABELS,
  CONTEXT_COMPLEXITY_LABELS,
  DEPENDENCY_STYLE_LABELS,
  DEPLOY_METHOD_LABELS,
  LIFECYCLE_LABELS,
  MESH_MEMBERSHIP_LABELS,
  OWNERSHIP_MODE_LABELS,
  REPOSITORY_KIND_LABELS,
  SOLUTION_AREA_KIND_LABELS,
  SUBDOMAIN_TYPE_LABELS,
  TEAM_TYPE_LABELS,
} from "@topograph/domain";
import { labelOf } from "../../lib/labels.ts";
import { Badge, type TBadgeTone } from "../../ui/Badge.tsx";

interface TVocabulary {
  labels: Record<string, string>;
  /** Tones single out the values that deserve attention; everything else stays neutral. */
  tones?: Record<string, TBadgeTone>;
}

/** How each closed vocabulary of the domain looks as a badge. */
export const VOCABULARIES = {
  componentKind: { labels: COMPONENT_KIND_LABELS, tones: { microservice: "accent", frontend: "violet", bff: "violet", "sre-tool": "warning" } },
  lifecycle: { labels: LIFECYCLE_LABELS, tones: { production: "success", experimental: "warning", deprecated: "danger" } },
  ownershipMode: { labels: OWNERSHIP_MODE_LABELS, tones: { strong: "violet", collective: "success" } },
  meshMembership: { labels: MESH_MEMBERSHIP_LABELS, tones: { sidecar: "accent", sidecarless: "accent", "control-plane": "violet", outside: "warning" } },
  deployMethod: { labels: DEPLOY_METHOD_LABELS, tones: { "gitops-auto-sync": "success", "manual-helmfile": "warning", "ciops-push": "danger" } },
  teamType: { labels: TEAM_TYPE_LABELS, tones: { "stream-aligned": "accent", platform: "violet" } },
  subdomainType: { labels: SUBDOMAIN_TYPE_LABELS, tones: { core: "accent" } },
  complexity: { labels: CONTEXT_COMPLEXITY_LABELS },
  repositoryKind: { labels: REPOSITORY_KIND_LABELS, tones: { application: "accent", kubernetes: "violet", terraform: "warning" } },
  solutionAreaKind: { labels: SOLUTION_AREA_KIND_LABELS, tones: { "bounded-context": "accent", "client-ui": "violet", "cross-cutting": "warning" } },
  dependencyStyle: { labels: DEPENDENCY_STYLE_LABELS, tones: { sync: "accent", async: "violet" } },
} satisfies Record<string, TVocabulary>;

export function VocabularyBadge({ vocabulary, value }: { vocabulary: keyof typeof VOCABULARIES; value: string | null | undefined }) {
  if (!value) return null;
  const { labels, tones } = VOCABULARIES[vocabulary] as TVocabulary;
  return <Badge tone={tones?.[value] ?? "neutral"}>{labelOf(labels, value)}</Badge>;
}
