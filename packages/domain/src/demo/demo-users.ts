import type { TCatalogData } from "./demo-organisation.ts";
import type { TRole } from "../identity/role.ts";

export interface TDemoUser {
  email: string;
  name: string;
  role: TRole;
}

/**
 * The demo organisation's people as users: every team member signs in with their member email, so
 * they belong to their team, as editors. Administrators come from the first-start bootstrap, never
 * from the demo.
 */
export function demoUsersOf(data: Pick<TCatalogData, "teams">): TDemoUser[] {
  const byEmail = new Map<string, TDemoUser>();
  for (const team of data.teams) {
    for (const member of team.members) {
      const email = member.email.toLowerCase();
      if (!byEmail.has(email)) byEmail.set(email, { email, name: member.name, role: "editor" });
    }
  }
  return [...byEmail.values()];
}
