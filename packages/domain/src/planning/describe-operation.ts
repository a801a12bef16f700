import { TEAM_INTERACTION_MODE_LABELS } from "../catalog/team-interaction.ts";
import { TEAM_TYPE_LABELS, type TTeamType } from "../catalog/team.ts";
import type { TScenarioOperation } from "./operations.ts";
import type { TPlanningCatalog } from "./planning-catalog.ts";

const ITEM_LABELS = { component: "component", repository: "repository", "bounded-context": "bounded context", namespace: "namespace", member: "member" } as const;

/** One sentence for the change list and the Markdown export, naming teams by the names they have in `catalog`. */
export function describeOperation(operation: TScenarioOperation, catalog: TPlanningCatalog): string {
  const team = (slug: string) => catalog.teams.find((t) => t.slug === slug)?.name ?? slug;
  const type = (value: string) => TEAM_TYPE_LABELS[value as TTeamType] ?? value;
  switch (operation.op) {
    case "create-team":
      return `Create ${type(operation.team.type).toLowerCase()} team "${operation.team.name}"`;
    case "rename-team":
      return `Rename ${team(operation.team)} to "${operation.name}"`;
    case "set-team-type":
      return `Make ${team(operation.team)} a ${type(operation.type).toLowerCase()} team`;
    case "merge-teams":
      return `Merge ${team(operation.team)} into ${team(operation.into)}`;
    case "split-team": {
      const moved = [
        operation.components.length ? `${operation.components.length} component(s)` : "",
        operation.boundedContexts.length ? `${operation.boundedContexts.length} bounded context(s)` : "",
        operation.members.length ? `${operation.members.length} member(s)` : "",
      ].filter(Boolean);
      return `Split "${operation.newTeam.name}" off ${team(operation.team)} with ${moved.join(", ")}`;
    }
    case "move":
      return `Move ${ITEM_LABELS[operation.item.kind]} ${operation.item.ref}${operation.from ? ` from ${team(operation.from)}` : ""} to ${team(operation.to)}`;
    case "set-ownership-mode":
      return operation.mode === "organisation-default" ? `Let ${operation.component} follow the organisation's ownership mode` : `Put ${operation.component} under ${operation.mode} ownership`;
    case "declare-interaction":
      return operation.mode === "none"
        ? `End the interaction between ${team(operation.team)} and ${team(operation.withTeam)}`
        : `Declare ${TEAM_INTERACTION_MODE_LABELS[operation.mode]} between ${team(operation.team)} and ${team(operation.withTeam)}`;
  }
}
