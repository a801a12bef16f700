import type { ReactNode } from "react";
import { useQuery } from "@tanstack/react-query";
import { Navigate, useLocation } from "react-router";
import { useTRPC } from "../../lib/trpc.ts";
import { Loading } from "../../ui/Loading.tsx";
import { mustSignInFor } from "./sign-in-gate-rule.ts";

/**
 * Sends people who are not signed in to the sign-in page, coming back here afterwards, unless the
 * server lets anonymous visitors read (TOPOGRAPH_ANONYMOUS_READ). The server refuses their reads
 * anyway; this only spares them a page of errors.
 */
export function SignInGate({ children }: { children: ReactNode }) {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const { pathname, search, hash } = useLocation();
  if (me.isPending) return <Loading label="Loading Topograph…" />;
  if (me.data && mustSignInFor(pathname, me.data)) {
    return <Navigate replace to={`/sign-in?next=${encodeURIComponent(pathname + search + hash)}`} />;
  }
  return children;
}
