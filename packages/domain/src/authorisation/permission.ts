import { ROLE_LABELS, roleMay } from "../identity/role.ts";
import { belongsToAny, type TActor, type TTeamRef } from "./actor.ts";
import { teamList, type TOwnedTarget } from "./owned-target.ts";

/**
 * What a write needs, from least to most particular:
 * - `edit`: any editor (drafting a scenario, creating something nobody owns yet);
 * - `administer`: administrators only (organisation settings, clusters, bulk imports);
 * - `belong`: members of these teams or administrators (a team's own page, a scorecard its team owns);
 * - `change`: the ownership mode decides — collective: any editor; strong: the owning teams' members;
 * - `govern`: the owners or administrators whatever the mode (changing the mode or the owners).
 * `what` says what the caller tried, for the refusal: "change this component".
 */
export type TPermissionNeed =
  | { kind: "edit"; what: string }
  | { kind: "administer"; what: string }
  | { kind: "belong"; teams: readonly TTeamRef[]; what: string }
  | { kind: "change"; target: TOwnedTarget; what: string }
  | { kind: "govern"; target: TOwnedTarget; what: string };

/**
 * A refusal says why in a sentence. `NOT_OWNER` is the one refusal a change request answers: an
 * editor outside the owning teams of something strongly owned.
 */
export type TPermission = { allowed: true } | { allowed: false; code: "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_OWNER"; message: string };

const ALLOWED: TPermission = { allowed: true };

function refuse(code: "FORBIDDEN" | "NOT_OWNER", message: string): TPermission {
  return { allowed: false, code, message };
}

/** Decides whether `actor` (null: anonymous) may make a write that needs `need`. Pure: the caller loads the facts. */
export function decide(actor: TActor | null, need: TPermissionNeed): TPermission {
  if (!actor) return { allowed: false, code: "UNAUTHENTICATED", message: `Sign in to ${need.what}.` };
  if (roleMay(actor.role, "administer")) return ALLOWED;
  if (!roleMay(actor.role, "edit")) return refuse("FORBIDDEN", `Viewers cannot ${need.what}: ask an administrator for the editor role.`);
  switch (need.kind) {
    case "edit":
      return ALLOWED;
    case "administer":
      return refuse("FORBIDDEN", `Only administrators may ${need.what}; you are signed in as ${ROLE_LABELS[actor.role].toLowerCase()}.`);
    case "belong":
      if (belongsToAny(actor, need.teams)) return ALLOWED;
      return refuse(
        "FORBIDDEN",
        need.teams.length === 0 ? `Only administrators may ${need.what}: no team owns it.` : `Only members of ${teamList(need.teams)} or administrators may ${need.what}.`,
      );
    case "change":
      return decideChange(actor, need.target, need.what);
    case "govern":
      // Nobody owns it yet: anyone who may edit may claim it.
      if (need.target.ownerTeams.length === 0 || belongsToAny(actor, need.target.ownerTeams)) return ALLOWED;
      return refuse("FORBIDDEN", `Only members of ${teamList(need.target.ownerTeams)} (its owners) or administrators may ${need.what}.`);
  }
}

function decideChange(actor: TActor, target: TOwnedTarget, what: string): TPermission {
  if (target.mode === "collective" || target.ownerTeams.length === 0 || belongsToAny(actor, target.ownerTeams)) return ALLOWED;
  return refuse(
    "NOT_OWNER",
    `${capitalised(target.kind)} ${target.name} is strongly owned by ${teamList(target.ownerTeams)}: only its members or administrators may ${what} directly. Propose the change as a change request instead.`,
  );
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Allowed when any of the needs is met (a context-map relationship belongs to either side); otherwise the first refusal. */
export function decideAny(actor: TActor | null, needs: readonly TPermissionNeed[]): TPermission {
  if (needs.length === 0) throw new Error("decideAny needs at least one need: an empty list would allow everything.");
  const decisions = needs.map((need) => decide(actor, need));
  return decisions.find((decision) => decision.allowed) ?? decisions[0]!;
}
