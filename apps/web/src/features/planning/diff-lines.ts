import { OWNERSHIP_MODE_LABELS, TEAM_INTERACTION_MODE_LABELS, TEAM_TYPE_LABELS } from "@topograph/domain";
import { labelOf } from "../../lib/labels.ts";
import type { TCatalogDiff } from "./planning-types.ts";

export interface TDiffSection {
  title: string;
  lines: string[];
}

/**
 * Everything that differs between two catalogs, in sentences a reviewer reads, section by section
 * (empty sections left out). Repository and namespace owners follow from component owners: they
 * are listed so nobody is surprised, and said to follow.
 */
export function diffSections(diff: TCatalogDiff, teamName: (slug: string) => string): TDiffSection[] {
  const teams = (slugs: readonly string[]) => (slugs.length ? slugs.map(teamName).join(", ") : "no team");
  const owners = (rows: TCatalogDiff["componentOwners"]) => rows.map((row) => `${row.slug}: ${teams(row.from)} → ${teams(row.to)}`);
  const type = (value: string) => labelOf(TEAM_TYPE_LABELS, value);
  const sections: TDiffSection[] = [
    { title: "Teams created", lines: diff.teamsAdded.map((team) => `${team.name} (${type(team.type)})`) },
    { title: "Teams removed", lines: diff.teamsRemoved.map((team) => `${team.name}${team.successor ? `: its work goes to ${teamName(team.successor)}` : ""}`) },
    {
      title: "Teams changed",
      lines: diff.teamsChanged.flatMap((team) => [
        ...(team.name ? [`${team.name.from} is renamed ${team.name.to}`] : []),
        ...(team.type ? [`${teamName(team.slug)}: ${type(team.type.from)} → ${type(team.type.to)}`] : []),
      ]),
    },
    { title: "Members", lines: diff.memberships.map((m) => `${m.name} (${m.email}) ${m.change === "join" ? "joins" : "leaves"} ${teamName(m.team)}`) },
    { title: "Component owners", lines: owners(diff.componentOwners) },
    { title: "Teams answering for solution areas", lines: owners(diff.solutionAreaTeams) },
    {
      title: "Ownership modes",
      lines: diff.ownershipModes.map((m) => `${m.slug}: ${m.from ? labelOf(OWNERSHIP_MODE_LABELS, m.from) : "organisation default"} → ${m.to ? labelOf(OWNERSHIP_MODE_LABELS, m.to) : "organisation default"}`),
    },
    {
      title: "Team interactions",
      lines: diff.interactions.map((i) => `${teamName(i.teamSlug)} and ${teamName(i.withTeamSlug)}: ${i.from ? labelOf(TEAM_INTERACTION_MODE_LABELS, i.from) : "none"} → ${i.to ? labelOf(TEAM_INTERACTION_MODE_LABELS, i.to) : "none"}`),
    },
    { title: "Repository owners (follow their components)", lines: owners(diff.repositoryOwners) },
    { title: "Namespace owners (follow their components)", lines: owners(diff.namespaceOwners) },
  ];
  return sections.filter((section) => section.lines.length > 0);
}
