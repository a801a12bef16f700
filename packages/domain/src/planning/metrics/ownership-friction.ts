import type { TMetric } from "./metric.ts";

export const ownershipFriction: TMetric = {
  definition: {
    id: "ownership-friction",
    title: "Strong-ownership friction",
    definition:
      "For each strongly owned component: its contributors are the members of the teams that own it today; those who are not members of its owner teams in this catalog would have to raise change requests. Counts those people, summed over components (today's catalog scores 0 by definition).",
    unit: "count",
    better: "lower",
  },
  compute({ catalog, baseline }) {
    const emails = (teams: readonly { slug: string; members: { email: string }[] }[]) => new Map(teams.map((t) => [t.slug, t.members.map((m) => m.email)]));
    const membersToday = emails(baseline.teams);
    const membersNow = emails(catalog.teams);
    const membersOf = (members: Map<string, string[]>, slugs: readonly string[]) => new Set(slugs.flatMap((slug) => members.get(slug) ?? []));
    const ownersToday = new Map(baseline.components.map((c) => [c.slug, c.ownerSlugs]));
    const rows = catalog.components.flatMap((component) => {
      if (component.ownershipMode !== "strong") return [];
      const contributors = membersOf(membersToday, ownersToday.get(component.slug) ?? []);
      const owners = membersOf(membersNow, component.ownerSlugs);
      const outside = [...contributors].filter((email) => !owners.has(email));
      return outside.length === 0 ? [] : [{ key: component.slug, label: component.name, value: outside.length, note: `${outside.length} of today's ${contributors.size} contributors would need change requests` }];
    });
    return { id: "ownership-friction", value: rows.reduce((sum, r) => sum + r.value, 0), rows };
  },
};
