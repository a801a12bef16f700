import { CONTEXT_RELATIONSHIP_PATTERN_INFO, type TContextRelationshipPattern } from "../../catalog/bounded-context.ts";
import { TEAM_INTERACTION_MODE_LABELS, teamPairKey, type TTeamInteractionMode } from "../../catalog/team-interaction.ts";
import { teamNames, type TMetric } from "./metric.ts";

/**
 * The interaction modes a context-map pattern across two teams calls for: the mutual patterns need
 * the teams to collaborate; a supplier or a published interface is a service one team provides the
 * other (or they collaborate); conformist and anticorruption layer are the downstream team's own affair.
 */
export const MODES_FOR_PATTERN: Record<TContextRelationshipPattern, readonly TTeamInteractionMode[] | null> = {
  partnership: ["collaboration"],
  "shared-kernel": ["collaboration"],
  "customer-supplier": ["x-as-a-service", "collaboration"],
  "open-host-service": ["x-as-a-service", "collaboration"],
  "published-language": ["x-as-a-service", "collaboration"],
  conformist: null,
  "anticorruption-layer": null,
};

export const relationshipFit: TMetric = {
  definition: {
    id: "relationship-fit",
    title: "Context relationships vs team interactions",
    definition:
      "For each context-map relationship between contexts held by different teams: partnership and shared kernel need a declared collaboration; customer/supplier, open host service and published language need X-as-a-Service or collaboration; conformist and anticorruption layer need none. Counts team pairs whose declared interaction does not fit.",
    unit: "count",
    better: "lower",
  },
  compute({ catalog }) {
    const teamName = teamNames(catalog);
    const declared = new Map(catalog.interactions.map((i) => [teamPairKey(i.teamSlug, i.withTeamSlug), i.mode]));
    const contexts = new Map(catalog.boundedContexts.map((c) => [c.slug, c]));
    const rows = catalog.contextRelationships.flatMap((relationship) => {
      const expected = MODES_FOR_PATTERN[relationship.pattern as TContextRelationshipPattern];
      const upstream = contexts.get(relationship.upstreamSlug);
      const downstream = contexts.get(relationship.downstreamSlug);
      if (!expected || !upstream || !downstream || upstream.teamSlugs.some((t) => downstream.teamSlugs.includes(t))) return [];
      const pattern = CONTEXT_RELATIONSHIP_PATTERN_INFO[relationship.pattern as TContextRelationshipPattern].label;
      return upstream.teamSlugs.flatMap((up) =>
        downstream.teamSlugs.flatMap((down) => {
          const mode = declared.get(teamPairKey(up, down));
          if (mode && expected.includes(mode)) return [];
          const wanted = expected.map((m) => TEAM_INTERACTION_MODE_LABELS[m]).join(" or ");
          return [
            {
              key: `${relationship.upstreamSlug}->${relationship.downstreamSlug}:${relationship.pattern}:${up}:${down}`,
              label: `${upstream.name} → ${downstream.name} (${pattern})`,
              value: 1,
              note: `${teamName(up)} and ${teamName(down)} ${mode ? `declare ${TEAM_INTERACTION_MODE_LABELS[mode]}` : "declare no interaction"}; ${pattern} calls for ${wanted}`,
            },
          ];
        }),
      );
    });
    return { id: "relationship-fit", value: rows.length, rows };
  },
};
