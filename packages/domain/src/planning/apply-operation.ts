import { teamPairKey } from "../catalog/team-interaction.ts";
import { AppError } from "../errors.ts";
import type { TScenarioOperation } from "./operations.ts";
import type { TPlanningCatalog, TPlanningComponent, TPlanningTeam } from "./planning-catalog.ts";

/** Lookups over a working copy; they throw the error a user sees when a reference is unknown. */
function lookups(catalog: TPlanningCatalog) {
  const find = <T extends { slug: string }>(rows: T[], slug: string, what: string, path: string): T => {
    const row = rows.find((r) => r.slug === slug);
    if (!row) throw AppError.invalid(path, `No ${what} "${slug}" in this scenario.`);
    return row;
  };
  return {
    team: (slug: string, path: string) => find(catalog.teams, slug, "team", path),
    component: (slug: string, path: string) => find(catalog.components, slug, "component", path),
    context: (slug: string, path: string) => find(catalog.boundedContexts, slug, "bounded context", path),
    repository: (slug: string, path: string) => find(catalog.repositories, slug, "repository", path),
    namespace: (slug: string, path: string) => find(catalog.namespaces, slug, "namespace", path),
  };
}

const replaceTeam = (slugs: string[], from: string | undefined, to: string): string[] =>
  from === undefined ? [to] : [...new Set(slugs.map((slug) => (slug === from ? to : slug)))];

/** Hands a component to `to` (from `from` alone when named); a component `from` does not own is left as it is. */
function moveComponent(component: TPlanningComponent, from: string | undefined, to: string) {
  if (from !== undefined && !component.ownerSlugs.includes(from)) return;
  component.ownerSlugs = replaceTeam(component.ownerSlugs, from, to);
}

/** A bounded context is also a solution area: both carry its teams. */
function setContextTeams(catalog: TPlanningCatalog, solutionAreaSlug: string, teams: (current: string[]) => string[]) {
  for (const context of catalog.boundedContexts) if (context.solutionAreaSlug === solutionAreaSlug) context.teamSlugs = teams(context.teamSlugs);
  for (const area of catalog.solutionAreas) if (area.slug === solutionAreaSlug) area.teamSlugs = teams(area.teamSlugs);
}

function moveMember(catalog: TPlanningCatalog, email: string, to: TPlanningTeam, from: string | undefined) {
  const owner = catalog.teams.find((t) => t.members.some((m) => m.email === email) && (from === undefined || t.slug === from));
  if (!owner) throw AppError.invalid("item.ref", from === undefined ? `No member "${email}" in any team of this scenario.` : `No member "${email}" in team "${from}".`);
  const member = owner.members.find((m) => m.email === email)!;
  owner.members = owner.members.filter((m) => m.email !== email);
  if (!to.members.some((m) => m.email === email)) to.members.push(member);
}

function addTeam(catalog: TPlanningCatalog, team: { slug: string; name: string; type: string }, path: string): TPlanningTeam {
  if (catalog.teams.some((t) => t.slug === team.slug)) throw AppError.invalid(`${path}.slug`, `A team "${team.slug}" already exists in this scenario.`);
  const created = { slug: team.slug, name: team.name, type: team.type, members: [] };
  catalog.teams.push(created);
  return created;
}

/** Interactions a renamed pair keeps: self-interactions vanish, and the first of two for one pair wins. */
function dedupeInteractions(catalog: TPlanningCatalog) {
  const seen = new Set<string>();
  catalog.interactions = catalog.interactions.filter((i) => {
    const key = teamPairKey(i.teamSlug, i.withTeamSlug);
    if (i.teamSlug === i.withTeamSlug || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Applies one operation to a working copy of the catalog, in place; throws AppError naming the input field when it cannot. */
export function applyOperation(catalog: TPlanningCatalog, operation: TScenarioOperation): void {
  const find = lookups(catalog);
  switch (operation.op) {
    case "create-team":
      addTeam(catalog, operation.team, "team");
      return;
    case "rename-team":
      find.team(operation.team, "team").name = operation.name;
      return;
    case "set-team-type":
      find.team(operation.team, "team").type = operation.type;
      return;
    case "merge-teams": {
      const merged = find.team(operation.team, "team");
      const into = find.team(operation.into, "into");
      for (const component of catalog.components) moveComponent(component, merged.slug, into.slug);
      for (const area of catalog.solutionAreas) if (area.teamSlugs.includes(merged.slug)) setContextTeams(catalog, area.slug, (teams) => replaceTeam(teams, merged.slug, into.slug));
      for (const member of merged.members) if (!into.members.some((m) => m.email === member.email)) into.members.push(member);
      for (const interaction of catalog.interactions) {
        if (interaction.teamSlug === merged.slug) interaction.teamSlug = into.slug;
        if (interaction.withTeamSlug === merged.slug) interaction.withTeamSlug = into.slug;
      }
      dedupeInteractions(catalog);
      catalog.teams = catalog.teams.filter((t) => t.slug !== merged.slug);
      return;
    }
    case "split-team": {
      const team = find.team(operation.team, "team");
      operation.components.forEach((slug, i) => {
        if (!find.component(slug, `components.${i}`).ownerSlugs.includes(team.slug)) throw AppError.invalid(`components.${i}`, `Team "${team.slug}" does not own component "${slug}".`);
      });
      operation.boundedContexts.forEach((slug, i) => {
        if (!find.context(slug, `boundedContexts.${i}`).teamSlugs.includes(team.slug)) throw AppError.invalid(`boundedContexts.${i}`, `Team "${team.slug}" does not answer for bounded context "${slug}".`);
      });
      operation.members.forEach((email, i) => {
        if (!team.members.some((m) => m.email === email)) throw AppError.invalid(`members.${i}`, `"${email}" is not a member of team "${team.slug}".`);
      });
      const created = addTeam(catalog, operation.newTeam, "newTeam");
      for (const slug of operation.components) moveComponent(find.component(slug, "components"), team.slug, created.slug);
      for (const slug of operation.boundedContexts) moveContext(catalog, find.context(slug, "boundedContexts").solutionAreaSlug, team.slug, created.slug);
      for (const email of operation.members) moveMember(catalog, email, created, team.slug);
      return;
    }
    case "move": {
      const to = find.team(operation.to, "to");
      const from = operation.from === undefined ? undefined : find.team(operation.from, "from").slug;
      const { kind, ref } = operation.item;
      if (kind === "member") return moveMember(catalog, ref, to, from);
      if (kind === "bounded-context") return moveContext(catalog, find.context(ref, "item.ref").solutionAreaSlug, from, to.slug);
      const held =
        kind === "component"
          ? [find.component(ref, "item.ref")]
          : kind === "repository"
            ? catalog.components.filter((c) => c.repositorySlugs.includes(find.repository(ref, "item.ref").slug))
            : catalog.components.filter((c) => c.namespaceSlugs.includes(find.namespace(ref, "item.ref").slug));
      if (held.length === 0) throw AppError.invalid("item.ref", `No component is ${kind === "repository" ? "held in repository" : "deployed to namespace"} "${ref}": there is nothing to move.`);
      if (from !== undefined && !held.some((c) => c.ownerSlugs.includes(from))) throw AppError.invalid("from", `Team "${from}" owns nothing in ${kind} "${ref}".`);
      for (const component of held) moveComponent(component, from, to.slug);
      return;
    }
    case "set-ownership-mode": {
      const component = find.component(operation.component, "component");
      component.ownershipOverride = operation.mode === "organisation-default" ? null : operation.mode;
      component.ownershipMode = component.ownershipOverride ?? catalog.defaultOwnershipMode;
      return;
    }
    case "declare-interaction": {
      const team = find.team(operation.team, "team");
      const withTeam = find.team(operation.withTeam, "withTeam");
      const key = teamPairKey(team.slug, withTeam.slug);
      catalog.interactions = catalog.interactions.filter((i) => teamPairKey(i.teamSlug, i.withTeamSlug) !== key);
      if (operation.mode !== "none") catalog.interactions.push({ teamSlug: team.slug, withTeamSlug: withTeam.slug, mode: operation.mode });
      return;
    }
  }
}

/** Moving a bounded context moves the team that answers for it and the context's components that team owned. */
function moveContext(catalog: TPlanningCatalog, solutionAreaSlug: string, from: string | undefined, to: string) {
  const previous = catalog.solutionAreas.find((a) => a.slug === solutionAreaSlug)?.teamSlugs ?? [];
  if (from !== undefined && !previous.includes(from)) throw AppError.invalid("from", `Team "${from}" does not answer for bounded context "${solutionAreaSlug}".`);
  setContextTeams(catalog, solutionAreaSlug, (teams) => replaceTeam(teams, from, to));
  const handedOver = from === undefined ? previous : [from];
  for (const component of catalog.components) {
    if (component.solutionAreaSlug !== solutionAreaSlug) continue;
    for (const team of handedOver) moveComponent(component, team, to);
  }
}
