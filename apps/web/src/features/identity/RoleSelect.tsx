import { useMutation } from "@tanstack/react-query";
import { ROLE_LABELS, type TRole } from "@topograph/domain";
import { useId } from "react";
import { errorMessage } from "../../lib/api-error.ts";
import { optionsOf } from "../../lib/labels.ts";
import { useTRPC } from "../../lib/trpc.ts";
import type { TListedUser } from "./UserTable.tsx";

/**
 * A user's role, saved as soon as it is picked. The select always shows the server's answer, so a
 * refused change (the last administrator, say) springs back, with the reason under it.
 */
export function RoleSelect({ user }: { user: TListedUser }) {
  const trpc = useTRPC();
  const errorId = useId();
  const setRole = useMutation(trpc.user.setRole.mutationOptions());
  const role = setRole.isPending ? setRole.variables.role : user.role;
  return (
    <div className="users-page__role">
      <select
        className="select select--small"
        aria-label={`Role of ${user.name}`}
        aria-describedby={setRole.error ? errorId : undefined}
        value={role}
        disabled={setRole.isPending || Boolean(user.disabledAt)}
        onChange={(event) => setRole.mutate({ id: user.id, version: user.version, role: event.target.value as TRole })}
      >
        {optionsOf(ROLE_LABELS).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {setRole.error ? (
        <p className="users-page__refusal" id={errorId} role="alert">
          {errorMessage(setRole.error)}
        </p>
      ) : null}
    </div>
  );
}
