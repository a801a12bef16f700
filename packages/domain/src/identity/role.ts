import { vocabulary } from "../catalog/fields.ts";

/**
 * Roles, from least to most trusted. A viewer reads; an editor also changes the catalog (under strong
 * ownership only what their teams own, enforced from issue 8's second phase); an administrator also
 * manages users and may change anything.
 */
export const ROLES = ["viewer", "editor", "administrator"] as const;
export type TRole = (typeof ROLES)[number];
export const ROLE_LABELS: Record<TRole, string> = { viewer: "Viewer", editor: "Editor", administrator: "Administrator" };
export const ZRoleSchema = vocabulary("Role", ROLES);

/** What a role may do in general; ownership narrows `edit` per entity. */
export const IDENTITY_ACTIONS = ["read", "edit", "administer"] as const;
export type TIdentityAction = (typeof IDENTITY_ACTIONS)[number];

/** The least role each action needs. */
const LEAST_ROLE: Record<TIdentityAction, TRole> = { read: "viewer", edit: "editor", administer: "administrator" };

/** True when `role` is `least` or a more trusted role. */
export function roleAtLeast(role: TRole, least: TRole): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(least);
}

/** Whether a role may take an action at all (ownership rules come on top for edits). */
export function roleMay(role: TRole, action: TIdentityAction): boolean {
  return roleAtLeast(role, LEAST_ROLE[action]);
}

/** The actions a role may take, for showing people what their role allows. */
export function actionsOf(role: TRole): TIdentityAction[] {
  return IDENTITY_ACTIONS.filter((action) => roleMay(role, action));
}
