import type { AppRouter } from "@topograph/api";
import { MAX_CALLS_PER_BATCH } from "@topograph/domain";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";

/** Typed access to the API from components: `useTRPC().team.list.queryOptions(...)`. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export function createApiClient() {
  // The server speaks plain JSON (no transformer); requests made in the same tick share one HTTP call.
  return createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "/trpc", maxItems: MAX_CALLS_PER_BATCH })] });
}
