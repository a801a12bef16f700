import { MutationCache, QueryClient } from "@tanstack/react-query";
import { errorData } from "../lib/api-error.ts";

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
    mutationCache: new MutationCache({
      onSuccess: async () => {
        queryClient.removeQueries({ type: "inactive" });
        await queryClient.invalidateQueries();
      },
    }),
  });
  return queryClient;
}
