import type { TOption } from "../../lib/labels.ts";
import type { TScenarioOptions } from "./planning-types.ts";

export const MOVE_KINDS = ["component", "repository", "bounded-context", "namespace", "member"] as const;
export type TMoveKind = (typeof MOVE_KINDS)[number];

export const MOVE_KIND_LABELS: Record<TMoveKind, string> = {
  component: "Component",
  repository: "Repository",
  "bounded-context": "Bounded context",
  namespace: "Namespace",
  member: "Member",
};

const named = (name: string, slug: string) => (name === slug ? name : `${name} (${slug})`);

/** The scenario's teams, by name. */
export const teamOptions = (options: TScenarioOptions): TOption[] => options.teams.map((team) => ({ value: team.slug, label: team.name }));

/** What a move of one kind can pick, labelled so that look-alikes (a-service the component and its repository) stay apart. */
export function itemOptions(options: TScenarioOptions, kind: TMoveKind): TOption[] {
  const teamNames = new Map(options.teams.map((team) => [team.slug, team.name]));
  const teams = (slugs: readonly string[]) => slugs.map((slug) => teamNames.get(slug) ?? slug).join(", ") || "no team";
  switch (kind) {
    case "component":
      return options.components.map((c) => ({ value: c.slug, label: `${named(c.name, c.slug)} — ${teams(c.ownerSlugs)}` }));
    case "repository":
      return options.repositories.map((r) => ({ value: r.slug, label: named(r.name, r.slug) }));
    case "bounded-context":
      return options.boundedContexts.map((c) => ({ value: c.slug, label: `${c.name} — ${teams(c.teamSlugs)}` }));
    case "namespace":
      return options.namespaces.map((n) => ({ value: n.slug, label: `${n.name} (${n.clusterName})` }));
    case "member": {
      // A person in two teams is one entry; "from" says which membership moves.
      const members = new Map<string, { name: string; teams: string[] }>();
      for (const team of options.teams) for (const m of team.members) members.set(m.email, { name: m.name, teams: [...(members.get(m.email)?.teams ?? []), team.slug] });
      return [...members].map(([email, m]) => ({ value: email, label: `${m.name} <${email}> — ${teams(m.teams)}` }));
    }
  }
}

/** What a team can hand to a team split off it: only what it holds. */
export function splitChoices(options: TScenarioOptions, teamSlug: string): { components: TOption[]; boundedContexts: TOption[]; members: TOption[] } {
  const team = options.teams.find((t) => t.slug === teamSlug);
  return {
    components: options.components.filter((c) => c.ownerSlugs.includes(teamSlug)).map((c) => ({ value: c.slug, label: c.name })),
    boundedContexts: options.boundedContexts.filter((c) => c.teamSlugs.includes(teamSlug)).map((c) => ({ value: c.slug, label: c.name })),
    members: (team?.members ?? []).map((m) => ({ value: m.email, label: m.name })),
  };
}
