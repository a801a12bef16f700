import type { RouterOutputs } from "@topograph/api";
import { Link } from "react-router";
import { formatDateTime } from "../../lib/format-date.ts";
import { paths } from "../../lib/paths.ts";
import { Badge } from "../../ui/Badge.tsx";
import { DataTable } from "../../ui/DataTable.tsx";
import { DisableUserButton } from "./DisableUserButton.tsx";
import { RoleSelect } from "./RoleSelect.tsx";

export type TListedUser = RouterOutputs["user"]["list"]["items"][number];

/** Every user with their role (changed in place), teams by member email, and whether they may sign in. */
export function UserTable({ users, currentUserId }: { users: TListedUser[]; currentUserId: string }) {
  return (
    <DataTable
      caption="Users"
      rows={users}
      rowKey={(user) => user.id}
      columns={[
        {
          key: "name",
          header: "Name",
          cell: (user) => (
            <>
              {user.name} {user.id === currentUserId ? <Badge>You</Badge> : null}
            </>
          ),
        },
        { key: "email", header: "Email", cell: (user) => user.email },
        { key: "role", header: "Role", cell: (user) => <RoleSelect user={user} /> },
        {
          key: "teams",
          header: "Teams",
          cell: (user) =>
            user.teams.length > 0 ? (
              <ul className="inline-list">
                {user.teams.map((team) => (
                  <li key={team.slug}>
                    <Link to={paths.detail("team", team.slug)}>{team.name}</Link>
                  </li>
                ))}
              </ul>
            ) : (
              <span className="subtle">None</span>
            ),
        },
        {
          key: "status",
          header: "Status",
          nowrap: true,
          cell: (user) =>
            user.disabledAt ? (
              <Badge tone="danger" title={`Disabled ${formatDateTime(user.disabledAt)}`}>
                Disabled
              </Badge>
            ) : (
              <Badge tone="success">Active</Badge>
            ),
        },
        { key: "actions", header: "", cell: (user) => (user.disabledAt || user.id === currentUserId ? null : <DisableUserButton user={user} />) },
      ]}
    />
  );
}
