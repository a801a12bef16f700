import { round, type TMetric } from "./metric.ts";
import { ownedHoldings } from "./team-holdings.ts";

export const ownershipCoverage: TMetric = {
  definition: {
    id: "ownership-coverage",
    title: "Ownership coverage",
    definition:
      "Share of components with an owner team, of repositories and namespaces holding or running at least one owned component, and of bounded contexts with a team. The headline is the share of all four together, in percent.",
    unit: "percent",
    better: "higher",
  },
  compute({ catalog }) {
    const owned = ownedHoldings(catalog);
    const parts = [
      { key: "components", label: "Components", all: catalog.components.length, covered: catalog.components.filter((c) => c.ownerSlugs.length > 0).length },
      { key: "repositories", label: "Repositories", all: catalog.repositories.length, covered: catalog.repositories.filter((r) => owned.repository(r.slug)).length },
      { key: "bounded-contexts", label: "Bounded contexts", all: catalog.boundedContexts.length, covered: catalog.boundedContexts.filter((c) => c.teamSlugs.length > 0).length },
      { key: "namespaces", label: "Namespaces", all: catalog.namespaces.length, covered: catalog.namespaces.filter((n) => owned.namespace(n.slug)).length },
    ];
    const percent = (covered: number, all: number) => (all === 0 ? 100 : round((100 * covered) / all, 1));
    const rows = parts.map((p) => ({ key: p.key, label: p.label, value: percent(p.covered, p.all), note: `${p.covered} of ${p.all} owned` }));
    const all = parts.reduce((sum, p) => sum + p.all, 0);
    return { id: "ownership-coverage", value: percent(parts.reduce((sum, p) => sum + p.covered, 0), all), rows };
  },
};
