import { teamPairKey } from "../catalog/team-interaction.ts";
import type { TScenarioOperation } from "./operations.ts";
import type { TPlanningCatalog } from "./planning-catalog.ts";

/**
 * The part of the catalog an operation reads, as plain JSON. A scenario stores it when the change is
 * drafted; on apply the same observation on today's catalog tells whether someone changed that part
 * since (a conflict), without comparing unrelated edits.
 */
export function observe(catalog: TPlanningCatalog, operation: TScenarioOperation): string {
  const team = (slug: string) => {
    const t = catalog.teams.find((row) => row.slug === slug);
    return t ? { name: t.name, type: t.type, members: t.members.map((m) => m.email).sort() } : null;
  };
  const owners = (rows: { slug: string; ownerSlugs: string[] }[]) => rows.map((c) => [c.slug, [...c.ownerSlugs].sort()]).sort();
  const ownedBy = (slug: string) => owners(catalog.components.filter((c) => c.ownerSlugs.includes(slug)));
  const areasOf = (slug: string) => catalog.solutionAreas.filter((a) => a.teamSlugs.includes(slug)).map((a) => a.slug).sort();
  switch (operation.op) {
    case "create-team":
      return JSON.stringify({ exists: catalog.teams.some((t) => t.slug === operation.team.slug) });
    case "rename-team":
    case "set-team-type":
      return JSON.stringify({ team: team(operation.team) });
    case "merge-teams":
    case "split-team": {
      const into = operation.op === "merge-teams" ? operation.into : operation.newTeam.slug;
      const interactions = catalog.interactions.filter((i) => i.teamSlug === operation.team || i.withTeamSlug === operation.team).map((i) => `${teamPairKey(i.teamSlug, i.withTeamSlug)}:${i.mode}`).sort();
      return JSON.stringify({ team: team(operation.team), components: ownedBy(operation.team), areas: areasOf(operation.team), interactions, into: team(into) });
    }
    case "move": {
      const { kind, ref } = operation.item;
      const item =
        kind === "member"
          ? catalog.teams.filter((t) => t.members.some((m) => m.email === ref)).map((t) => t.slug)
          : kind === "bounded-context"
            ? (catalog.boundedContexts.find((c) => c.slug === ref)?.teamSlugs.toSorted() ?? null)
            : owners(catalog.components.filter((c) => (kind === "component" ? c.slug === ref : kind === "repository" ? c.repositorySlugs.includes(ref) : c.namespaceSlugs.includes(ref))));
      return JSON.stringify({ item, to: team(operation.to) !== null, from: operation.from === undefined ? null : team(operation.from) !== null });
    }
    case "set-ownership-mode":
    {
      const component = catalog.components.find((c) => c.slug === operation.component);
      return JSON.stringify({ override: component ? component.ownershipOverride : "missing" });
    }
    case "declare-interaction": {
      const key = teamPairKey(operation.team, operation.withTeam);
      const current = catalog.interactions.find((i) => teamPairKey(i.teamSlug, i.withTeamSlug) === key);
      return JSON.stringify({ interaction: current ?? null, teams: [team(operation.team) !== null, team(operation.withTeam) !== null] });
    }
  }
}
