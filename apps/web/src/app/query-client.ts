import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { errorData, isUnauthenticated } from "../lib/api-error.ts";

/** tRPC's query key for auth.me: its path comes first. */
const isSignedInQuery = (queryKey: readonly unknown[]) => JSON.stringify(queryKey[0]) === JSON.stringify(["auth", "me"]);

/**
 * One cache for the app. Relations span kinds (a new component shows on its team's page), so any
 * successful write refreshes what is on screen and drops the rest rather than show it stale.
 */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        // The server answered: asking again gives the same answer. Only retry when it did not.
        retry: (failureCount, error) => errorData(error) === null && failureCount < 2,
      },
    },
    // A session that ended (expired, revoked, signed out elsewhere) shows as a refused read: ask
    // again who is signed in, so the sign-in gate (features/identity/SignInGate) takes the user there.
    queryCache: new QueryCache({
      onError: (error) => {
        if (isUnauthenticated(error)) void queryClient.invalidateQueries({ predicate: (query) => isSignedInQuery(query.queryKey) });
      },
    }),
    mutationCache: new MutationCache({
      onSuccess: async () => {
        queryClient.removeQueries({ type: "inactive" });
        await queryClient.invalidateQueries();
      },
    }),
  });
  return queryClient;
}
