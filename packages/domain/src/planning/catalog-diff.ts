import { teamPairKey, type TTeamInteractionMode } from "../catalog/team-interaction.ts";
import type { TOwnershipMode } from "../catalog/organisation.ts";
import { ownersByHolding, type TPlanningCatalog, type TPlanningInteraction, type TPlanningMember } from "./planning-catalog.ts";

export interface TOwnersChange {
  slug: string;
  from: string[];
  to: string[];
}

/**
 * Everything that differs between two catalogs, in the terms a reviewer reads and the writes an
 * apply makes. Repository and namespace owners are derived from their components: listed so views
 * can highlight them, never written.
 */
export interface TCatalogDiff {
  teamsAdded: { slug: string; name: string; type: string }[];
  /** `successor`: the team that now owns most of what it owned (it inherits its scorecards and initiatives). */
  teamsRemoved: { slug: string; name: string; successor: string | null }[];
  teamsChanged: { slug: string; name: { from: string; to: string } | null; type: { from: string; to: string } | null }[];
  memberships: (TPlanningMember & { team: string; change: "join" | "leave" })[];
  componentOwners: TOwnersChange[];
  solutionAreaTeams: TOwnersChange[];
  ownershipModes: { slug: string; from: TOwnershipMode | null; to: TOwnershipMode | null }[];
  interactions: { teamSlug: string; withTeamSlug: string; from: TTeamInteractionMode | null; to: TTeamInteractionMode | null }[];
  repositoryOwners: TOwnersChange[];
  namespaceOwners: TOwnersChange[];
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join("\n") === [...b].sort().join("\n");

function ownerChanges<T extends { slug: string }>(before: readonly T[], after: readonly T[], ownersBefore: (row: T) => string[], ownersAfter: (row: T) => string[]): TOwnersChange[] {
  const previous = new Map(before.map((row) => [row.slug, row]));
  return after.flatMap((row) => {
    const old = previous.get(row.slug);
    const from = old ? ownersBefore(old) : [];
    const to = ownersAfter(row);
    return sameSet(from, to) ? [] : [{ slug: row.slug, from: [...from].sort(), to: [...to].sort() }];
  });
}

export function isEmptyDiff(diff: TCatalogDiff): boolean {
  return Object.values(diff).every((list) => list.length === 0);
}

/** The team owning most of the components and areas `slug` held before, in `after`. */
function successorOf(slug: string, before: TPlanningCatalog, after: TPlanningCatalog): string | null {
  const held = new Set([...before.components.filter((c) => c.ownerSlugs.includes(slug)).map((c) => `c:${c.slug}`), ...before.solutionAreas.filter((a) => a.teamSlugs.includes(slug)).map((a) => `a:${a.slug}`)]);
  const votes = new Map<string, number>();
  for (const c of after.components) if (held.has(`c:${c.slug}`)) c.ownerSlugs.forEach((t) => votes.set(t, (votes.get(t) ?? 0) + 1));
  for (const a of after.solutionAreas) if (held.has(`a:${a.slug}`)) a.teamSlugs.forEach((t) => votes.set(t, (votes.get(t) ?? 0) + 1));
  return [...votes].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0] ?? null;
}

/** What turns `before` into `after`. */
export function diffCatalogs(before: TPlanningCatalog, after: TPlanningCatalog): TCatalogDiff {
  const teamsBefore = new Map(before.teams.map((t) => [t.slug, t]));
  const teamsAfter = new Map(after.teams.map((t) => [t.slug, t]));
  const memberships: TCatalogDiff["memberships"] = [];
  for (const slug of new Set([...teamsBefore.keys(), ...teamsAfter.keys()])) {
    const was = new Map((teamsBefore.get(slug)?.members ?? []).map((m) => [m.email, m]));
    const is = new Map((teamsAfter.get(slug)?.members ?? []).map((m) => [m.email, m]));
    for (const [email, member] of is) if (!was.has(email)) memberships.push({ ...member, team: slug, change: "join" });
    // A removed team's members leave with its row; listing them would only repeat the removal.
    if (teamsAfter.has(slug)) for (const [email, member] of was) if (!is.has(email)) memberships.push({ ...member, team: slug, change: "leave" });
  }
  const interactionsBefore = new Map(before.interactions.map((i) => [teamPairKey(i.teamSlug, i.withTeamSlug), i]));
  const interactionsAfter = new Map(after.interactions.map((i) => [teamPairKey(i.teamSlug, i.withTeamSlug), i]));
  const interactions: TCatalogDiff["interactions"] = [];
  for (const key of new Set([...interactionsBefore.keys(), ...interactionsAfter.keys()])) {
    const was: TPlanningInteraction | undefined = interactionsBefore.get(key);
    const is = interactionsAfter.get(key);
    if (was && is && was.mode === is.mode && was.teamSlug === is.teamSlug) continue;
    const pair = (is ?? was)!;
    interactions.push({ teamSlug: pair.teamSlug, withTeamSlug: pair.withTeamSlug, from: was?.mode ?? null, to: is?.mode ?? null });
  }
  const holdingsBefore = ownersByHolding(before);
  const holdingsAfter = ownersByHolding(after);
  const overrides = new Map(before.components.map((c) => [c.slug, c.ownershipOverride]));
  return {
    teamsAdded: after.teams.filter((t) => !teamsBefore.has(t.slug)).map(({ slug, name, type }) => ({ slug, name, type })),
    teamsRemoved: before.teams.filter((t) => !teamsAfter.has(t.slug)).map(({ slug, name }) => ({ slug, name, successor: successorOf(slug, before, after) })),
    teamsChanged: after.teams.flatMap((team) => {
      const old = teamsBefore.get(team.slug);
      if (!old || (old.name === team.name && old.type === team.type)) return [];
      return [{ slug: team.slug, name: old.name === team.name ? null : { from: old.name, to: team.name }, type: old.type === team.type ? null : { from: old.type, to: team.type } }];
    }),
    memberships,
    componentOwners: ownerChanges(before.components, after.components, (c) => c.ownerSlugs, (c) => c.ownerSlugs),
    solutionAreaTeams: ownerChanges(before.solutionAreas, after.solutionAreas, (a) => a.teamSlugs, (a) => a.teamSlugs),
    ownershipModes: after.components.flatMap((c) => (overrides.has(c.slug) && overrides.get(c.slug) !== c.ownershipOverride ? [{ slug: c.slug, from: overrides.get(c.slug) ?? null, to: c.ownershipOverride }] : [])),
    interactions,
    repositoryOwners: ownerChanges(before.repositories, after.repositories, (r) => holdingsBefore.ofRepository(r.slug), (r) => holdingsAfter.ofRepository(r.slug)),
    namespaceOwners: ownerChanges(before.namespaces, after.namespaces, (n) => holdingsBefore.ofNamespace(n.slug), (n) => holdingsAfter.ofNamespace(n.slug)),
  };
}
