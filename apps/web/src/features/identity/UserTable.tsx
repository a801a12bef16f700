import type { RouterOutputs } from "@topograph/api";
import { formatDateTime } from "../../lib/format-date.ts";
import { Badge } from "../../ui/Badge.tsx";
import { DataTable } from "../../ui/DataTable.tsx";
import { TeamLinks } from "../catalog/TeamLinks.tsx";
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
          cell: (user) => <TeamLinks teams={user.teams} none="None" />,
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
