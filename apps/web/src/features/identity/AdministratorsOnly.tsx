import type { ReactNode } from "react";
import { Link, useLocation } from "react-router";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { signInFrom } from "./next-path.ts";
import { useSignedIn } from "./use-signed-in.ts";

/**
 * An administration page: its content for administrators, a sign-in link for visitors and a
 * plain explanation for everyone else. The server refuses them anyway; this says why up front.
 */
export function AdministratorsOnly({ what, children }: { what: string; children: (user: { id: string; name: string }) => ReactNode }) {
  const { user, loading, isAdministrator } = useSignedIn();
  const location = useLocation();
  if (loading) return <Loading label="Loading…" />;
  if (user && isAdministrator) return children(user);
  return (
    <EmptyState
      title={`Only administrators ${what}.`}
      panel
      action={
        user ? null : (
          <Link to={signInFrom(location)} className="button button--primary">
            Sign in
          </Link>
        )
      }
    >
      <p>{user ? `You are signed in as ${user.name}, whose role does not ${what}.` : `Sign in as an administrator to ${what}.`}</p>
    </EmptyState>
  );
}
