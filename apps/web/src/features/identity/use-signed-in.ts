import { useQuery } from "@tanstack/react-query";
import type { RouterOutputs } from "@topograph/api";
import { useTRPC } from "../../lib/trpc.ts";

export type TSignedInUser = NonNullable<RouterOutputs["auth"]["me"]["user"]>;

/**
 * Who this browser is signed in as (`auth.me`): null when anonymous. Any successful write refreshes
 * it (see app/query-client.ts), so signing in or out shows at once in the header.
 */
export function useSignedIn() {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const user = me.data?.user ?? null;
  return { user, loading: me.isPending, isAdministrator: user?.actions.includes("administer") ?? false };
}
